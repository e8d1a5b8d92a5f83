package dev.plara.polar.emulator.web;

import dev.plara.polar.emulator.state.Amounts;
import dev.plara.polar.emulator.state.CheckoutState;
import dev.plara.polar.emulator.state.ProductState;

/** The hosted checkout page: what is bought, for how much (tax shown apart), and a plain card form posting back. */
final class CheckoutPage {

    private CheckoutPage() {
    }

    static String form(CheckoutState checkout, ProductState product, String error) {
        String emailField = checkout.customerEmail() != null
                ? "<p>Email: <strong>" + Pages.escape(checkout.customerEmail()) + "</strong></p>"
                : field("email", "Email", "email", "email", "you@yourdomain.com");
        String back = checkout.returnUrl() == null ? ""
                : "<p><a href=\"" + Pages.escape(checkout.returnUrl()) + "\">Back</a></p>";
        String alert = error == null ? ""
                : "<p id=\"error\" role=\"alert\" class=\"error\">" + Pages.escape(error) + "</p>";
        return Pages.page("Checkout: " + product.name(), "<main><h1>" + Pages.escape(product.name()) + "</h1>"
                + "<p>" + Pages.escape(product.description()) + "</p>"
                + "<p>Amount: <strong id=\"amount\">" + Pages.money(checkout.amounts().total(), checkout.currency())
                + "</strong>" + (product.recurring() ? " per " + Pages.escape(product.recurringInterval()) : "")
                + "</p>" + tax(checkout.amounts(), checkout.currency()) + alert
                + "<form method=\"post\" action=\"/checkout/" + Pages.escape(checkout.clientSecret()) + "\">"
                + emailField
                + field("card-number", "Card number", "text", "cc-number", "4242 4242 4242 4242")
                + field("expiry", "Expiry (MM / YY)", "text", "cc-exp", "12 / 34")
                + field("cvc", "CVC", "text", "cc-csc", "123")
                + "<button type=\"submit\" id=\"pay\">Pay</button></form>"
                + "<p><small>Test mode. 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined.</small></p>"
                + back + "</main>");
    }

    static String done(CheckoutState checkout) {
        String what = "confirmed".equals(checkout.status()) ? "Payment processing" : "Payment received";
        return Pages.page(what, "<main><h1>" + what + "</h1><p>Checkout " + Pages.escape(checkout.id())
                + " is " + Pages.escape(checkout.status()) + ". You can close this page.</p></main>");
    }

    private static String tax(Amounts amounts, String currency) {
        if (amounts.tax() == 0) {
            return "";
        }
        return "<p id=\"tax\">Includes " + Pages.money(amounts.tax(), currency) + " tax ("
                + Pages.escape(amounts.taxBehavior()) + ")</p>";
    }

    private static String field(String id, String label, String type, String autocomplete, String placeholder) {
        return "<p><label for=\"" + id + "\">" + label + "</label><br><input id=\"" + id + "\" name=\"" + id
                + "\" type=\"" + type + "\" autocomplete=\"" + autocomplete + "\" placeholder=\"" + placeholder
                + "\" required></p>";
    }
}
