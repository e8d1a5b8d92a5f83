package dev.plara.wallet.core.domain.money;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which currencies wallets hold, and how a payment in another currency is converted into one of them (for example
 * USD card payments into ETB wallets at a set rate). A payment in a currency with neither is not accepted.
 */
public record CurrencyRules(Set<Currency> walletCurrencies, List<Conversion> conversions) {

    public CurrencyRules {
        walletCurrencies = Set.copyOf(walletCurrencies);
        conversions = List.copyOf(conversions);
        if (walletCurrencies.isEmpty()) {
            throw new IllegalArgumentException("wallets hold at least one currency");
        }
        for (Conversion conversion : conversions) {
            if (!walletCurrencies.contains(conversion.to()) || walletCurrencies.contains(conversion.from())) {
                throw new IllegalArgumentException("a conversion goes from a non-wallet currency into a wallet currency: "
                        + conversion.from() + " -> " + conversion.to());
            }
        }
        if (conversions.stream().map(Conversion::from).distinct().count() != conversions.size()) {
            throw new IllegalArgumentException("at most one conversion per paid currency");
        }
    }

    public static CurrencyRules only(Currency currency) {
        return new CurrencyRules(Set.of(currency), List.of());
    }

    /** How a payment in {@code paid} reaches a wallet: unchanged, converted, or not at all. */
    public Optional<Conversion> conversionFor(Currency paid) {
        Objects.requireNonNull(paid, "paid currency");
        if (walletCurrencies.contains(paid)) {
            return Optional.of(Conversion.identity(paid));
        }
        return conversions.stream().filter(conversion -> conversion.from().equals(paid)).findFirst();
    }

    public boolean holds(Currency currency) {
        return walletCurrencies.contains(currency);
    }
}
