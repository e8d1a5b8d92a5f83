package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.money.Money;

import java.util.Objects;

/**
 * How the provider split what a card paid: {@code net} (after discounts, before tax), {@code tax}, and {@code total}
 * (what the card paid, {@code net + tax}). With tax on top of the price the net is the price; with the tax inside the
 * price the total is.
 */
public record ChargedAmounts(Money net, Money tax, Money total) {

    public ChargedAmounts {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(total, "total");
        if (net.isNegative() || tax.isNegative() || !net.plus(tax).equals(total)) {
            throw new IllegalArgumentException("net " + net + " and tax " + tax + " must add up to the total " + total);
        }
    }

    /** Nothing taxed: the whole {@code amount} is net. */
    public static ChargedAmounts untaxed(Money amount) {
        return new ChargedAmounts(amount, Money.zero(amount.currency()), amount);
    }

    /** Whether {@code price} (what the buyer chose) held the tax, rather than having it added on top. */
    public boolean taxInside(Money price) {
        return tax.isPositive() && price.equals(total);
    }

    /** Whether {@code price} is one these amounts can be for: the net (tax on top) or the total (tax inside). */
    public boolean fits(Money price) {
        return price.equals(net) || price.equals(total);
    }
}
