package dev.plara.polar.emulator.web;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** The frame, escaping and money formatting the emulator's pages share. */
final class Pages {

    private Pages() {
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " - Polar emulator</title>"
                + "<style>body{font-family:sans-serif;max-width:34rem;margin:2rem auto}.error{color:#b00020}"
                + "input,select{width:100%;padding:.4rem}button{padding:.5rem 2rem}"
                + "article{border:1px solid #ccc;padding:.5rem 1rem;margin:1rem 0}</style></head><body>"
                + body + "</body></html>";
    }

    /** {@code 1234} {@code usd} as {@code 12.34 USD}. */
    static String money(long minor, String polarCurrency) {
        Currency currency = Currency.getInstance(polarCurrency.toUpperCase(Locale.ROOT));
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()).toPlainString() + " "
                + currency.getCurrencyCode();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
