package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.money.CurrencyMismatchException;
import dev.plara.wallet.core.domain.money.Money;

import java.util.Objects;

/**
 * A wallet's balance as of its latest entry. A wallet below zero is flagged as overdrawn: only a Polar refund can
 * take it there.
 */
public record WalletBalance(Account wallet, Money balance, long lastSequence) {

    public WalletBalance {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(balance, "balance");
        if (!wallet.isWallet()) {
            throw new IllegalArgumentException(wallet + " is not a wallet");
        }
        if (!wallet.currency().equals(balance.currency())) {
            throw new CurrencyMismatchException(balance, Money.zero(wallet.currency()));
        }
        if (lastSequence < 0) {
            throw new IllegalArgumentException("a sequence is never negative");
        }
    }

    public static WalletBalance empty(Account wallet) {
        return new WalletBalance(wallet, Money.zero(wallet.currency()), 0);
    }

    public boolean overdrawn() {
        return balance.isNegative();
    }
}
