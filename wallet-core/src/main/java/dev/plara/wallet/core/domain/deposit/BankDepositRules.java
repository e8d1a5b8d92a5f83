package dev.plara.wallet.core.domain.deposit;

import dev.plara.wallet.core.domain.money.Money;

import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How users fund wallets by bank transfer: the account to send each currency to (a currency may have none), and the
 * largest amount one deposit may claim in each currency, so a typo of a few zeros never reaches a reviewer.
 */
public record BankDepositRules(Map<Currency, BankAccount> accounts, Map<Currency, Money> maxima) {

    public BankDepositRules {
        accounts = Map.copyOf(accounts);
        maxima = Map.copyOf(maxima);
        accounts.forEach((currency, account) -> {
            if (!account.currency().equals(currency)) {
                throw new IllegalArgumentException("the account for " + currency + " is in " + account.currency());
            }
        });
        maxima.forEach((currency, maximum) -> {
            if (!maximum.currency().equals(currency) || !maximum.isPositive()) {
                throw new IllegalArgumentException("the maximum for " + currency + " must be a positive amount of it,"
                        + " not " + maximum);
            }
        });
    }

    public Optional<BankAccount> accountFor(Currency currency) {
        return Optional.ofNullable(accounts.get(Objects.requireNonNull(currency, "currency")));
    }

    public Optional<Money> maximumFor(Currency currency) {
        return Optional.ofNullable(maxima.get(Objects.requireNonNull(currency, "currency")));
    }

    /** Why one deposit may not claim this amount, or empty if it may. */
    public Optional<String> refusalFor(Money amount) {
        return maximumFor(amount.currency()).filter(maximum -> maximum.isLessThan(amount))
                .map(maximum -> "a bank deposit may be at most " + maximum
                        + "; send more as several deposits or contact support");
    }
}
