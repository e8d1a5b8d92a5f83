package dev.plara.polar.emulator;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** The hosted checkout page: what is bought, for how much, and a plain card form that posts back to the page. */
final class CheckoutPage {

    private CheckoutPage() {
    }

    static String form(CheckoutState checkout, Seed.SeedProduct product, String error) {
        String emailField = checkout.customerEmail() != null
                ? "<p>Email: <strong>" + escape(checkout.customerEmail()) + "</strong></p>"
                : field("email", "Email", "email", "email", "you@yourdomain.com");
        String back = checkout.returnUrl() == null ? ""
                : "<p><a href=\"" + escape(checkout.returnUrl()) + "\">Back</a></p>";
        String alert = error == null ? "" : "<p id=\"error\" role=\"alert\" class=\"error\">" + escape(error) + "</p>";
        return page("Checkout: " + product.name(), "<main><h1>" + escape(product.name()) + "</h1>"
                + "<p>" + escape(product.description()) + "</p>"
                + "<p>Amount: <strong id=\"amount\">" + amount(checkout) + "</strong>"
                + (product.recurring() ? " per " + escape(product.recurringInterval()) : "") + "</p>"
                + alert
                + "<form method=\"post\" action=\"/checkout/" + escape(checkout.clientSecret()) + "\">"
                + emailField
                + field("card-number", "Card number", "text", "cc-number", "4242 4242 4242 4242")
                + field("expiry", "Expiry (MM / YY)", "text", "cc-exp", "12 / 34")
                + field("cvc", "CVC", "text", "cc-csc", "123")
                + "<button type=\"submit\" id=\"pay\">Pay</button></form>"
                + "<p><small>Test mode. 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined.</small></p>"
                + back + "</main>");
    }

    static String done(CheckoutState checkout) {
        return page("Payment received", "<main><h1>Payment received</h1><p>Checkout " + escape(checkout.id())
                + " is " + escape(checkout.status()) + ". You can close this page.</p></main>");
    }

    static String amount(CheckoutState checkout) {
        Currency currency = Currency.getInstance(checkout.currency().toUpperCase(Locale.ROOT));
        return BigDecimal.valueOf(checkout.amount(), currency.getDefaultFractionDigits()).toPlainString() + " "
                + currency.getCurrencyCode();
    }

    private static String field(String id, String label, String type, String autocomplete, String placeholder) {
        return "<p><label for=\"" + id + "\">" + label + "</label><br><input id=\"" + id + "\" name=\"" + id
                + "\" type=\"" + type + "\" autocomplete=\"" + autocomplete + "\" placeholder=\"" + placeholder
                + "\" required></p>";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " - Polar emulator</title>"
                + "<style>body{font-family:sans-serif;max-width:28rem;margin:2rem auto}.error{color:#b00020}"
                + "input{width:100%;padding:.4rem}button{padding:.5rem 2rem}</style></head><body>"
                + body + "</body></html>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
