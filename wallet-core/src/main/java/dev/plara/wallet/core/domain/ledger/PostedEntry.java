package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.money.CurrencyMismatchException;
import dev.plara.wallet.core.domain.money.Money;

import java.util.Objects;

/**
 * A ledger entry as the ledger recorded it: its place in its wallet's sequence (1, 2, 3, ... without gaps) and the
 * wallet's balance right after it.
 */
public record PostedEntry(LedgerEntry entry, long walletSequence, Money balanceAfter) {

    public PostedEntry {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(balanceAfter, "balance after");
        if (walletSequence < 1) {
            throw new IllegalArgumentException("wallet sequences count from 1");
        }
        if (!balanceAfter.currency().equals(entry.amount().currency())) {
            throw new CurrencyMismatchException(balanceAfter, entry.amount());
        }
    }

    public IdempotencyKey key() {
        return entry.key();
    }
}
