package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.plara.polar.webhook.KeyDerivation;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The emulator's control API under {@code /_emulator}, for tests and demos: {@code POST webhooks} registers an endpoint
 * ({@code url}, {@code secret}, {@code key_derivation}), {@code POST faults} sets the delivery faults,
 * {@code GET deliveries} lists delivery attempts, {@code POST subscriptions/{id}/cancel|uncancel|revoke}.
 */
final class ControlHandler implements HttpHandler {

    private final PolarEmulator emulator;

    ControlHandler(PolarEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getPath().split("/"));
            } catch (ApiError refusal) {
                Exchanges.json(exchange, refusal.status(), refusal.body());
            } catch (IllegalArgumentException bad) {
                Exchanges.json(exchange, 400, JsonNodes.object().put("error", "BadRequest")
                        .put("detail", bad.getMessage()));
            }
        }
    }

    private void route(HttpExchange exchange, String method, String[] parts) throws IOException {
        String area = parts.length > 2 ? parts[2] : "";
        if ("POST".equals(method) && "webhooks".equals(area)) {
            JsonNode body = Exchanges.readJson(exchange);
            KeyDerivation derivation = KeyDerivation.valueOf(
                    body.path("key_derivation").asText("standard").toUpperCase(Locale.ROOT));
            String id = emulator.registerWebhook(URI.create(body.path("url").asText()),
                    body.path("secret").asText(), derivation);
            Exchanges.json(exchange, 201, JsonNodes.object().put("id", id));
        } else if ("POST".equals(method) && "faults".equals(area)) {
            JsonNode body = Exchanges.readJson(exchange);
            emulator.setWebhookFaults(new WebhookFaults(body.path("deliver_twice").asBoolean(),
                    body.path("out_of_order").asBoolean(), Duration.ofMillis(body.path("delay_ms").asLong()),
                    body.path("drop").asBoolean()));
            Exchanges.json(exchange, 200, JsonNodes.RECORDS.valueToTree(emulator.webhookFaults()));
        } else if ("GET".equals(method) && "deliveries".equals(area)) {
            Exchanges.json(exchange, 200, JsonNodes.RECORDS.valueToTree(emulator.deliveries()));
        } else if ("POST".equals(method) && "subscriptions".equals(area) && parts.length == 5) {
            Exchanges.json(exchange, 200, emulator.changeSubscription(parts[3], parts[4]));
        } else {
            throw ApiError.of(404, "ResourceNotFound", "No control endpoint " + method + " " + String.join("/",
                    List.of(parts)));
        }
    }
}
