package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.money.Money;

import java.util.Objects;

/**
 * One refund's share of its order's refunds, reserved before its debit is appended.
 *
 * @param key      the idempotency key its debit is appended under
 * @param refunded what it gave back, in the currency of the payment
 * @param debited  what it takes from the wallet (zero when it converts to nothing)
 * @param taxReturned the tax that leaves the wallet with it, {@code null} when none does
 */
public record RefundPart(IdempotencyKey key, Money refunded, Money debited, Money taxReturned) {

    public RefundPart {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(refunded, "refunded");
        Objects.requireNonNull(debited, "debited");
        if (debited.isNegative()) {
            throw new IllegalArgumentException("a refund takes nothing or more from the wallet, not " + debited);
        }
    }
}
