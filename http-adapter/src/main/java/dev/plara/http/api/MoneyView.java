package dev.plara.http.api;

import dev.plara.wallet.core.domain.money.Money;

/** An amount as the API shows it: minor units, the currency, and the amount formatted with its currency. */
public record MoneyView(long amount, String currency, String formatted) {

    public static MoneyView from(Money money) {
        return money == null ? null : new MoneyView(money.minor(), money.currencyCode(), money.toString());
    }
}
