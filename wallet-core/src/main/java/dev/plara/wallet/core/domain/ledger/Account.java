package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A ledger account in one currency: a user's wallet ({@code wallet:alice/USD}) or a system account such as
 * {@code polar-clearing/USD}, {@code bank-clearing/ETB} or {@code revenue:content/ETB}.
 */
public record Account(String name, Currency currency) {

    private static final String WALLET_PREFIX = "wallet:";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z-]*(:[^/]+)?");

    public Account {
        Objects.requireNonNull(name, "account name");
        Objects.requireNonNull(currency, "account currency");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an account name: '" + name + "'");
        }
    }

    public static Account wallet(UserId user, Currency currency) {
        return new Account(WALLET_PREFIX + user.value(), currency);
    }

    public static Account polarClearing(Currency currency) {
        return new Account("polar-clearing", currency);
    }

    public static Account bankClearing(Currency currency) {
        return new Account("bank-clearing", currency);
    }

    public static Account contentRevenue(Currency currency) {
        return new Account("revenue:content", currency);
    }

    /** Parses the {@code name/CUR} form that {@link #toString()} prints. */
    public static Account parse(String text) {
        int slash = text.lastIndexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not an account: '" + text + "'");
        }
        return new Account(text.substring(0, slash), Money.currency(text.substring(slash + 1)));
    }

    public boolean isWallet() {
        return name.startsWith(WALLET_PREFIX);
    }

    /** The user who owns this wallet; only wallets have one. */
    public UserId owner() {
        if (!isWallet()) {
            throw new IllegalStateException(this + " is a system account, not a wallet");
        }
        return new UserId(name.substring(WALLET_PREFIX.length()));
    }

    @Override
    public String toString() {
        return name + "/" + currency.getCurrencyCode();
    }
}
