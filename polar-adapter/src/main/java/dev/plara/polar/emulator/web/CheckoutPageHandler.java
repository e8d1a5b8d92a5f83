package dev.plara.polar.emulator.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.plara.polar.emulator.http.Params;
import dev.plara.polar.emulator.http.Responses;
import dev.plara.polar.emulator.service.CardForm;
import dev.plara.polar.emulator.service.CardPayments;
import dev.plara.polar.emulator.state.CheckoutState;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.ProductState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves the hosted checkout at {@code /checkout/{client_secret}}: GET shows the form, POST pays and redirects (303)
 * to the {@code success_url} with {@code {CHECKOUT_ID}} substituted, or shows the refusal (402 declined, 422 invalid).
 */
public final class CheckoutPageHandler implements HttpHandler {

    private final EmulatorStore store;
    private final CardPayments payments;

    public CheckoutPageHandler(EmulatorStore store, CardPayments payments) {
        this.store = store;
        this.payments = payments;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            Optional<CheckoutState> found = parts.length > 2
                    ? store.checkouts().first(checkout -> checkout.clientSecret().equals(parts[2])) : Optional.empty();
            if (found.isEmpty()) {
                Responses.html(exchange, 404, Pages.page("Not found", "<main><p>No such checkout.</p></main>"));
                return;
            }
            CheckoutState checkout = found.get();
            boolean confirmation = parts.length > 3 && "confirmation".equals(parts[3]);
            if ("POST".equals(exchange.getRequestMethod()) && !confirmation) {
                pay(exchange, checkout);
            } else if (confirmation || !"open".equals(checkout.status())) {
                Responses.html(exchange, 200, CheckoutPage.done(store.checkouts().find(checkout.id()).orElseThrow()));
            } else {
                Responses.html(exchange, 200, CheckoutPage.form(checkout, product(checkout), null));
            }
        }
    }

    private void pay(HttpExchange exchange, CheckoutState checkout) throws IOException {
        Params form = Params.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        CardForm card = new CardForm(form.first("card-number"), form.first("expiry"), form.first("cvc"),
                form.first("email"));
        Optional<String> refusal = payments.pay(checkout.id(), card);
        if (refusal.isEmpty()) {
            Responses.redirect(exchange, checkout.successUrl().replace("{CHECKOUT_ID}", checkout.id()));
            return;
        }
        int status = refusal.get().contains("declined") ? 402 : 422;
        Responses.html(exchange, status, CheckoutPage.form(checkout, product(checkout), refusal.get()));
    }

    private ProductState product(CheckoutState checkout) {
        return store.products().find(checkout.productId()).orElseThrow();
    }
}
