package dev.plara.polar.model;

import java.time.Instant;
import java.util.Map;

/**
 * A Polar order, the fields Plara reads. Polar has no {@code amount}: {@code netAmount} is after discounts and before
 * tax, {@code totalAmount} is what the card paid. Refunds count net of tax ({@code refundedAmount}), their tax apart.
 *
 * @param status           {@code pending|paid|refunded|partially_refunded|void} (and {@code draft})
 * @param refundableAmount what can still be refunded, net of tax
 * @param subscription     the order's subscription as it was when the order was sent ({@code OrderSubscription}),
 *                         else {@code null}
 */
public record PolarOrder(String id, Instant createdAt, Instant modifiedAt, String status, boolean paid,
                         long subtotalAmount, long discountAmount, long netAmount, long taxAmount, long totalAmount,
                         long refundedAmount, String currency, String billingReason, String customerId,
                         String checkoutId, String productId, String subscriptionId, Map<String, Object> metadata,
                         PolarCustomer customer, PolarProduct product, long refundedTaxAmount,
                         long refundableAmount, long refundableTaxAmount,
                         PolarSubscription subscription) {

    public PolarOrder {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
