package dev.plara.polar.emulator;

import java.time.Instant;
import java.util.Map;

/** An emulated checkout session; {@code amount} is what it charges (no tax, no discount in the emulator). */
record CheckoutState(String id, String clientSecret, String status, String productId, long amount, String currency,
                     String customerEmail, String externalCustomerId, Map<String, Object> metadata, String successUrl,
                     String returnUrl, boolean allowDiscountCodes, Instant createdAt, Instant modifiedAt,
                     Instant expiresAt, String customerId, String subscriptionId) {

    CheckoutState {
        metadata = Map.copyOf(metadata);
    }

    CheckoutState succeeded(String customer, String email, String subscription, Instant at) {
        return new CheckoutState(id, clientSecret, "succeeded", productId, amount, currency, email, externalCustomerId,
                metadata, successUrl, returnUrl, allowDiscountCodes, createdAt, at, expiresAt, customer, subscription);
    }

    boolean open(Instant now) {
        return "open".equals(status) && now.isBefore(expiresAt);
    }
}
