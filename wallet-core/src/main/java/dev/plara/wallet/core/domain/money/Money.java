package dev.plara.wallet.core.domain.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency, held in its minor units (cents for USD, santim for ETB, yen for JPY).
 *
 * <p>Arithmetic overflows loudly ({@link Math#addExact}) and never mixes currencies: adding USD to ETB is a broken
 * invariant, not a conversion.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("not a currency of money: " + currency.getCurrencyCode());
        }
    }

    public static Money of(long minor, String currencyCode) {
        return new Money(minor, currency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public static Money usd(long cents) {
        return new Money(cents, currency("USD"));
    }

    public static Money etb(long santim) {
        return new Money(santim, currency("ETB"));
    }

    /** The ISO 4217 currency for a code, refusing anything that is not one (including lower case and blanks). */
    public static Currency currency(String code) {
        Objects.requireNonNull(code, "currency code");
        if (!isThreeCapitals(code)) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: '" + code + "'");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown currency: " + code, unknown);
        }
    }

    private static boolean isThreeCapitals(String code) {
        return code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minor, sameCurrency(other).minor), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minor, sameCurrency(other).minor), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minor), currency);
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public boolean isZero() {
        return minor == 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(minor, sameCurrency(other).minor);
    }

    /** The amount in major units with the currency's own scale: {@code 12.34} for 1234 USD cents, {@code 5} for 5 JPY. */
    public BigDecimal toMajor() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    private Money sameCurrency(Money other) {
        Objects.requireNonNull(other, "other amount");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(this, other);
        }
        return other;
    }

    /**
     * Formats as {@code 1,234.56 USD}, digits grouped in thousands and the currency's own scale: amounts are never
     * shown without their currency.
     */
    @Override
    public String toString() {
        var plain = toMajor().toPlainString();
        int integerStart = minor < 0 ? 1 : 0;
        int point = plain.indexOf('.');
        int integerEnd = point < 0 ? plain.length() : point;
        var text = new StringBuilder(plain.length() + 12).append(plain, 0, integerStart);
        for (int i = integerStart; i < integerEnd; i++) {
            if (i > integerStart && (integerEnd - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, integerEnd, plain.length()).append(' ').append(currency.getCurrencyCode()).toString();
    }
}
