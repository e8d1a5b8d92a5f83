package dev.plara.polar.emulator.state;

import java.time.Instant;
import java.util.Map;

/**
 * A checkout session: {@code open} until paid ({@code succeeded}), pending at the processor ({@code confirmed}),
 * declined for good ({@code failed}) or past {@code expiresAt} ({@code expired}).
 */
public record CheckoutState(String id, String clientSecret, String status, String productId, String priceId,
                            Amounts amounts, String currency, String customerEmail, String externalCustomerId,
                            Map<String, Object> metadata, String successUrl, String returnUrl,
                            boolean allowDiscountCodes, Instant createdAt, Instant modifiedAt, Instant expiresAt,
                            String customerId, String subscriptionId) implements Keyed {

    public CheckoutState {
        metadata = Map.copyOf(metadata);
    }

    public CheckoutState withStatus(String newStatus, String customer, String email, String subscription,
                                    Instant at) {
        return new CheckoutState(id, clientSecret, newStatus, productId, priceId, amounts, currency, email,
                externalCustomerId, metadata, successUrl, returnUrl, allowDiscountCodes, createdAt, at, expiresAt,
                customer, subscription);
    }

    public boolean open(Instant now) {
        return "open".equals(status) && now.isBefore(expiresAt);
    }

    /** The status as Polar reports it now: an open checkout past its expiry reads {@code expired}. */
    public String statusAt(Instant now) {
        return "open".equals(status) && !now.isBefore(expiresAt) ? "expired" : status;
    }
}
