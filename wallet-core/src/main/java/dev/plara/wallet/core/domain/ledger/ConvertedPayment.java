package dev.plara.wallet.core.domain.ledger;

import dev.plara.wallet.core.domain.money.Conversion;
import dev.plara.wallet.core.domain.money.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * What a customer paid (or got back) in the currency of the payment, and the rate that turned it into the wallet's
 * currency, kept on an entry whose amount was converted.
 *
 * @param rate the conversion rate applied, as a decimal string
 */
public record ConvertedPayment(Money paid, String rate) {

    public ConvertedPayment {
        Objects.requireNonNull(paid, "amount paid");
        Objects.requireNonNull(rate, "rate");
    }

    /** The record of {@code paid} converted by {@code conversion}; {@code null} when the conversion changes nothing. */
    public static ConvertedPayment of(Conversion conversion, Money paid) {
        return conversion.isIdentity() ? null : new ConvertedPayment(paid, conversion.rate().toPlainString());
    }

    /** The conversion that was applied, so a refund can take back exactly what the payment put in. */
    public Conversion conversionTo(Currency wallet) {
        return new Conversion(paid.currency(), wallet, new BigDecimal(rate));
    }
}
