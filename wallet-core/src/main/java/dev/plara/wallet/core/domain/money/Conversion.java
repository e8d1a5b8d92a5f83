package dev.plara.wallet.core.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * A configured conversion applied to a payment before it reaches a wallet, for example USD paid into an ETB wallet
 * at 57.5 ETB per USD. Results round down to the wallet currency's minor unit, so conversion never creates money.
 */
public record Conversion(Currency from, Currency to, BigDecimal rate) {

    public Conversion {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("a conversion rate must be positive: " + rate);
        }
        if (from.equals(to) && rate.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("a currency converts to itself at 1 only");
        }
    }

    /** No conversion at all: the wallet holds the currency that was paid. */
    public static Conversion identity(Currency currency) {
        return new Conversion(currency, currency, BigDecimal.ONE);
    }

    public boolean isIdentity() {
        return from.equals(to);
    }

    public Money apply(Money paid) {
        if (!paid.currency().equals(from)) {
            throw new CurrencyMismatchException(paid, Money.zero(from));
        }
        BigDecimal converted = paid.toMajor().multiply(rate)
                .setScale(to.getDefaultFractionDigits(), RoundingMode.DOWN);
        return new Money(converted.unscaledValue().longValueExact(), to);
    }
}
