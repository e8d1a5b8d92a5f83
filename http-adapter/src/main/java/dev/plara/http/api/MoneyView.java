package dev.plara.http.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.plara.wallet.core.domain.money.Money;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount as the API shows it: {@code amount} in minor units, the {@code currency}, and {@code formatted}, the
 * amount in major units with the digit grouping of the reader's language and always its currency code
 * ({@code 1.234,50 USD} for German, {@code 1,234.50 USD} by default).
 */
@JsonSerialize(using = MoneyView.Writer.class)
public record MoneyView(Money money) {

    public static MoneyView from(Money money) {
        return money == null ? null : new MoneyView(money);
    }

    /** The amount in major units grouped as {@code locale} groups digits, then the currency code. */
    public String formatted(Locale locale) {
        var digits = money.currency().getDefaultFractionDigits();
        var format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(money.toMajor()) + " " + money.currencyCode();
    }

    /** Writes {@code amount}, {@code currency} and {@code formatted} in the locale the JSON writer was given. */
    static final class Writer extends StdSerializer<MoneyView> {

        Writer() {
            super(MoneyView.class);
        }

        @Override
        public void serialize(MoneyView view, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeNumberField("amount", view.money().minor());
            json.writeStringField("currency", view.money().currencyCode());
            json.writeStringField("formatted", view.formatted(provider.getLocale()));
            json.writeEndObject();
        }
    }
}
