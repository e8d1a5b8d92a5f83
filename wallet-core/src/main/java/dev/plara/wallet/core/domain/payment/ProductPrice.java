package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.money.Money;

import java.util.Objects;

/**
 * One price of a product at the payment provider. A {@code fixed} price has an {@code amount}; a {@code custom}
 * (pay what you want) price has bounds; kinds Plara does not know are kept with neither so they can be shown as such.
 *
 * @param amount  the fixed amount, else {@code null}
 * @param minimum the lowest custom amount, else {@code null}
 * @param maximum the highest custom amount, else {@code null}
 */
public record ProductPrice(String type, Money amount, Money minimum, Money maximum) {

    public ProductPrice {
        Objects.requireNonNull(type, "price type");
    }

    public static ProductPrice fixed(Money amount) {
        return new ProductPrice("fixed", Objects.requireNonNull(amount, "amount"), null, null);
    }

    public static ProductPrice custom(Money minimum, Money maximum) {
        return new ProductPrice("custom", null, minimum, maximum);
    }

    public boolean isFixed() {
        return amount != null;
    }
}
