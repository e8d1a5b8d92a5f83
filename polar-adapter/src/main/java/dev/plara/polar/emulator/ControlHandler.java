package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.plara.polar.emulator.api.ApiRequest;
import dev.plara.polar.emulator.api.ApiResponse;
import dev.plara.polar.emulator.api.ApiRoutes;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.http.Params;
import dev.plara.polar.emulator.http.Responses;
import dev.plara.polar.emulator.json.JsonNodes;
import dev.plara.polar.model.PolarJson;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The emulator's control API under {@code /_emulator}, for tests and demos (no token):
 * <ul>
 * <li>{@code POST webhooks} {@code {url, secret, key_derivation}} registers an endpoint for every event;
 * {@code POST webhooks/{id}/disable} disables one; {@code POST faults} {@code {deliver_twice, out_of_order,
 * delay_ms, drop}} sets the delivery faults; {@code GET deliveries} lists the delivery attempts;</li>
 * <li>{@code POST clock/advance} {@code {seconds}} moves the emulator's time forward, {@code GET clock} reads it;</li>
 * <li>{@code POST tax} {@code {rate, behavior}} sets the sales tax ({@code inclusive}|{@code exclusive});</li>
 * <li>{@code POST settlement} {@code {orders_paid_later, refunds_succeed_later}}; then {@code POST orders/{id}/pay|fail}
 * and {@code POST refunds/{id}/succeed|fail} settle them;</li>
 * <li>{@code POST subscriptions/{id}/cancel|uncancel|revoke|renew|fail-renewal|recover|unpaid|pause|resume} and
 * {@code .../change-plan} {@code {product_id, proration_behavior}};</li>
 * <li>{@code POST disputes} {@code {order_id, status}} opens a dispute, {@code POST disputes/{id}/status}
 * {@code {status}} moves it;</li>
 * <li>{@code POST refund-answers} {@code {lost}} makes refund answers get lost; {@code POST reset} forgets all but
 * the seeded products.</li>
 * </ul>
 */
final class ControlHandler implements HttpHandler {

    private static final ObjectMapper RECORDS = PolarJson.mapper();

    private final ApiRoutes routes;

    ControlHandler(EmulatorControls controls) {
        this.routes = new ControlRoutes(controls, RECORDS).routes();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                ApiRoutes.Matched matched = routes.find(exchange.getRequestMethod(), exchange.getRequestURI()
                        .getPath()).orElseThrow(() -> ApiError.of(404, "ResourceNotFound", "No control endpoint "
                        + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()));
                ApiResponse response = matched.route().handler().handle(new ApiRequest(matched.path(),
                        Params.parse(exchange.getRequestURI().getRawQuery()), () -> body(exchange)));
                Responses.json(exchange, response.status(), response.body());
            } catch (ApiError refusal) {
                Responses.json(exchange, refusal.status(), refusal.body());
            } catch (IllegalArgumentException bad) {
                Responses.json(exchange, 400, JsonNodes.object().put("error", "BadRequest")
                        .put("detail", bad.getMessage()));
            }
        }
    }

    private static byte[] body(HttpExchange exchange) {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            return body.length == 0 ? "{}".getBytes() : body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
