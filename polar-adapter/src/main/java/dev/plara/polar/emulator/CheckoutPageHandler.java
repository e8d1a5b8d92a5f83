package dev.plara.polar.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the hosted checkout at {@code /checkout/{client_secret}}: GET shows the form, POST pays and redirects (303)
 * to the {@code success_url} with {@code {CHECKOUT_ID}} substituted, or shows the refusal (402 declined, 422 invalid).
 */
final class CheckoutPageHandler implements HttpHandler {

    private final EmulatorStore store;
    private final Payments payments;

    CheckoutPageHandler(EmulatorStore store, Payments payments) {
        this.store = store;
        this.payments = payments;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            Optional<CheckoutState> found = parts.length > 2 ? store.checkoutBySecret(parts[2]) : Optional.empty();
            if (found.isEmpty()) {
                Exchanges.html(exchange, 404, "<!DOCTYPE html><title>Not found</title><p>No such checkout.</p>");
                return;
            }
            CheckoutState checkout = found.get();
            boolean confirmation = parts.length > 3 && "confirmation".equals(parts[3]);
            if ("POST".equals(exchange.getRequestMethod()) && !confirmation) {
                pay(exchange, checkout);
            } else if (confirmation || !"open".equals(checkout.status())) {
                Exchanges.html(exchange, 200, CheckoutPage.done(checkout));
            } else {
                Exchanges.html(exchange, 200, CheckoutPage.form(checkout, product(checkout), null));
            }
        }
    }

    private void pay(HttpExchange exchange, CheckoutState checkout) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> form = Exchanges.params(body);
        CardForm card = new CardForm(Exchanges.first(form, "card-number"), Exchanges.first(form, "expiry"),
                Exchanges.first(form, "cvc"), Exchanges.first(form, "email"));
        Optional<String> refusal = payments.pay(checkout.id(), card);
        if (refusal.isEmpty()) {
            Exchanges.redirect(exchange, checkout.successUrl().replace("{CHECKOUT_ID}", checkout.id()));
            return;
        }
        int status = refusal.get().contains("declined") ? 402 : 422;
        Exchanges.html(exchange, status, CheckoutPage.form(checkout, product(checkout), refusal.get()));
    }

    private Seed.SeedProduct product(CheckoutState checkout) {
        return store.product(checkout.productId()).orElseThrow();
    }
}
