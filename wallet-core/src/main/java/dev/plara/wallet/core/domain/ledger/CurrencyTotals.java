package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.money.CurrencyMismatchException;
import dev.plara.wallet.core.domain.money.Money;

import java.util.Objects;

/** The sums of one currency's accounts: what wallets hold, and what the system accounts hold against it. */
public record CurrencyTotals(Money wallets, Money systemAccounts) {

    public CurrencyTotals {
        Objects.requireNonNull(wallets, "wallets");
        Objects.requireNonNull(systemAccounts, "system accounts");
        if (!wallets.currency().equals(systemAccounts.currency())) {
            throw new CurrencyMismatchException(wallets, systemAccounts);
        }
    }

    public boolean balanced() {
        return wallets.plus(systemAccounts).isZero();
    }
}
