package dev.plara.polar.model;

import java.time.Instant;
import java.util.Map;

/**
 * A Polar checkout session, the fields Plara reads.
 *
 * @param status {@code open|expired|confirmed|succeeded|failed}; {@code confirmed} only means Pay was clicked
 * @param url            the hosted checkout page to send the buyer to
 * @param subscriptionId the subscription a paid checkout of a recurring product started, else {@code null}
 * @param taxBehavior    {@code inclusive} or {@code exclusive}, {@code null} while no tax was computed
 */
public record PolarCheckout(String id, Instant createdAt, Instant modifiedAt, String status, String url,
                            String clientSecret, Instant expiresAt, String successUrl, String returnUrl, long amount,
                            long discountAmount, long netAmount, Long taxAmount, long totalAmount, String currency,
                            String productId, String customerEmail, String externalCustomerId,
                            boolean allowDiscountCodes, Map<String, Object> metadata, String customerId,
                            String subscriptionId, String taxBehavior) {

    public PolarCheckout {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
