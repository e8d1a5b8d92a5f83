package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * One immutable movement of money: {@code amount} leaves the {@code debit} account and enters the {@code credit}
 * account, so the books balance by construction. Exactly one side is a wallet; the other is a system account.
 *
 * <p>An entry is never edited: a mistake is corrected by a new entry. Its {@code key} names the outside fact that
 * caused it, so the same fact twice is one effect.
 */
public record LedgerEntry(
        IdempotencyKey key,
        Account debit,
        Account credit,
        Money amount,
        EntryFacts facts,
        Instant recordedAt) {

    public LedgerEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(debit, "debit account");
        Objects.requireNonNull(credit, "credit account");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(recordedAt, "recorded at");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an entry moves a positive amount, not " + amount);
        }
        if (!debit.currency().equals(amount.currency()) || !credit.currency().equals(amount.currency())) {
            throw new IllegalArgumentException("an entry stays in one currency: " + debit + " -> " + credit + " " + amount);
        }
        if (debit.isWallet() == credit.isWallet()) {
            throw new IllegalArgumentException("an entry moves money between one wallet and one system account: "
                    + debit + " -> " + credit);
        }
    }

    /** Why the money moved, as the entry's facts say. */
    public EntryKind kind() {
        return facts.kind();
    }

    /** The wallet this entry touches. */
    public Account wallet() {
        return credit.isWallet() ? credit : debit;
    }

    /** What this entry does to its wallet's balance: positive for a credit, negative for a debit. */
    public Money walletDelta() {
        return credit.isWallet() ? amount : amount.negate();
    }

    public boolean debitsWallet() {
        return debit.isWallet();
    }

    /**
     * Whether {@code other} moves the same money between the same accounts: the test that tells a harmless repeat
     * of the same fact from a conflicting one. Facts and times do not count.
     */
    public boolean sameEffectAs(LedgerEntry other) {
        return key.equals(other.key) && debit.equals(other.debit) && credit.equals(other.credit)
                && amount.equals(other.amount) && kind() == other.kind();
    }
}
