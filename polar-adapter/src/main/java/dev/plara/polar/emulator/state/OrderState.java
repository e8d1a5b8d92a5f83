package dev.plara.polar.emulator.state;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * An order: {@code pending} until paid, then {@code paid}, {@code partially_refunded} or {@code refunded}; {@code void}
 * when its payment was given up. Refunds count in net amounts ({@code refundedAmount}) and their tax apart.
 */
public record OrderState(String id, Instant createdAt, Instant modifiedAt, String status, Amounts amounts,
                         long refundedAmount, long refundedTaxAmount, String currency, String billingReason,
                         String customerId, String productId, String subscriptionId, String checkoutId,
                         Map<String, Object> metadata) implements Keyed {

    private static final Set<String> PAID = Set.of("paid", "partially_refunded", "refunded");

    public OrderState {
        metadata = Map.copyOf(metadata);
    }

    public boolean paid() {
        return PAID.contains(status);
    }

    /** What can still be refunded, net of tax. */
    public long refundable() {
        return Math.max(0, amounts.net() - refundedAmount);
    }

    public long refundableTax() {
        return Math.max(0, amounts.tax() - refundedTaxAmount);
    }

    public OrderState withStatus(String newStatus, Instant at) {
        return new OrderState(id, createdAt, at, newStatus, amounts, refundedAmount, refundedTaxAmount, currency,
                billingReason, customerId, productId, subscriptionId, checkoutId, metadata);
    }

    /** This order with a refund of {@code amount} (and {@code tax}) counted, as Polar's {@code update_refunds} does. */
    public OrderState refunded(long amount, long tax, Instant at) {
        long total = refundedAmount + amount;
        String newStatus = total == 0 ? "paid" : total >= amounts.net() ? "refunded" : "partially_refunded";
        return new OrderState(id, createdAt, at, newStatus, amounts, total, refundedTaxAmount + tax, currency,
                billingReason, customerId, productId, subscriptionId, checkoutId, metadata);
    }
}
