package dev.plara.polar.model;

import dev.plara.wallet.core.domain.money.Money;

import java.util.Locale;

/** Turns Polar's amounts (minor units with a lower-case currency code such as {@code usd}) into core {@link Money}. */
public final class PolarMoney {

    private PolarMoney() {
    }

    public static Money of(long minor, String polarCurrency) {
        return Money.of(minor, polarCurrency.toUpperCase(Locale.ROOT));
    }

    /** Polar's spelling of a currency: its ISO code in lower case. */
    public static String currencyOf(Money money) {
        return money.currencyCode().toLowerCase(Locale.ROOT);
    }
}
