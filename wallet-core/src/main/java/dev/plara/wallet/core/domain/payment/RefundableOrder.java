package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * A paid Polar order as a refund sees it: whose it is, what it paid for, what was paid and what refunds the provider
 * confirmed took back, in the currency it was paid in.
 *
 * @param what {@code null} for a wallet deposit, else the product's name
 */
public record RefundableOrder(String orderId, UserId owner, String what, Money paid, Money refunded, Instant paidAt) {

    public RefundableOrder {
        Objects.requireNonNull(orderId, "order id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(refunded, "refunded");
        Objects.requireNonNull(paidAt, "paid at");
        if (!paid.currency().equals(refunded.currency())) {
            throw new IllegalArgumentException("an order is refunded in the currency it was paid in");
        }
    }

    /** What may still be refunded: never below zero. */
    public Money remaining() {
        var left = paid.minus(refunded);
        return left.isNegative() ? Money.zero(paid.currency()) : left;
    }

    public boolean walletDeposit() {
        return what == null;
    }
}
