package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.money.Money;

import java.time.Instant;
import java.util.Objects;

/** A refund the provider reports as succeeded. */
public record CompletedRefund(String refundId, String orderId, Money amount, Instant refundedAt) {
    public CompletedRefund {
        Objects.requireNonNull(refundId, "refund id");
        Objects.requireNonNull(orderId, "order id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(refundedAt, "refunded at");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a refund is a positive amount, not " + amount);
        }
    }
}
