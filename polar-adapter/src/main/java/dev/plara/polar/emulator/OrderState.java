package dev.plara.polar.emulator;

import java.time.Instant;
import java.util.Map;

/** An emulated order; {@code amount} is its subtotal, which is also its net and total (no tax, no discount). */
record OrderState(String id, Instant createdAt, Instant modifiedAt, String status, long amount, long refundedAmount,
                  String currency, String billingReason, String customerId, String productId, String subscriptionId,
                  String checkoutId, Map<String, Object> metadata) {

    OrderState {
        metadata = Map.copyOf(metadata);
    }

    boolean paid() {
        return !"pending".equals(status) && !"draft".equals(status) && !"void".equals(status);
    }

    long refundable() {
        return amount - refundedAmount;
    }

    OrderState withStatus(String newStatus, Instant at) {
        return new OrderState(id, createdAt, at, newStatus, amount, refundedAmount, currency, billingReason, customerId,
                productId, subscriptionId, checkoutId, metadata);
    }

    OrderState refunded(long refund, Instant at) {
        long total = refundedAmount + refund;
        return new OrderState(id, createdAt, at, total >= amount ? "refunded" : "partially_refunded", amount, total,
                currency, billingReason, customerId, productId, subscriptionId, checkoutId, metadata);
    }
}
