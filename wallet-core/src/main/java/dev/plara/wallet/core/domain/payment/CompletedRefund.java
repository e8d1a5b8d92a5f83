package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A refund the provider reports as succeeded.
 *
 * @param amount what was refunded, net of tax
 * @param tax    the tax returned with it
 */
public record CompletedRefund(String refundId, String orderId, Money amount, Money tax, Instant refundedAt) {
    public CompletedRefund {
        Objects.requireNonNull(refundId, "refund id");
        Objects.requireNonNull(orderId, "order id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(refundedAt, "refunded at");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a refund is a positive amount, not " + amount);
        }
        if (tax.isNegative() || !tax.currency().equals(amount.currency())) {
            throw new IllegalArgumentException("a refund's tax is a non-negative amount in its currency, not " + tax);
        }
    }

    /** A refund of {@code amount} with no tax returned. */
    public static CompletedRefund untaxed(String refundId, String orderId, Money amount, Instant refundedAt) {
        return new CompletedRefund(refundId, orderId, amount, Money.zero(amount.currency()), refundedAt);
    }

    /** What the buyer got back: the amount and its tax. */
    public Money withTax() {
        return amount.plus(tax);
    }
}
