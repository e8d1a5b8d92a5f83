package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.api.ApiRequest;
import dev.plara.polar.emulator.api.ApiResponse;
import dev.plara.polar.emulator.api.ApiRoutes;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.http.JsonBodies;
import dev.plara.polar.emulator.json.JsonNodes;
import dev.plara.polar.emulator.service.TaxSetting;
import dev.plara.polar.webhook.KeyDerivation;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/** The routes of the control API ({@link ControlHandler} lists them), each a call of {@link EmulatorControls}. */
final class ControlRoutes {

    private static final String SCOPE = "control";

    private final EmulatorControls controls;
    private final ObjectMapper records;

    ControlRoutes(EmulatorControls controls, ObjectMapper records) {
        this.controls = controls;
        this.records = records;
    }

    ApiRoutes routes() {
        ApiRoutes routes = new ApiRoutes();
        deliveryRoutes(routes);
        settlementRoutes(routes);
        routes.post("/_emulator/subscriptions/{id}/{action}", SCOPE, new SubscriptionActions(
                controls.subscriptions())::handle);
        routes.post("/_emulator/reset", SCOPE, request -> {
            controls.reset();
            return ApiResponse.noContent();
        });
        return routes;
    }

    /** Endpoints, faults, deliveries, recorded events, lost refund answers. */
    private void deliveryRoutes(ApiRoutes routes) {
        routes.post("/_emulator/webhooks", SCOPE, this::register);
        routes.post("/_emulator/webhooks/{id}/disable", SCOPE, request -> ApiResponse.ok(
                controls.disableWebhookEndpoint(request.path("id"))));
        routes.post("/_emulator/faults", SCOPE, this::faults);
        routes.get("/_emulator/deliveries", SCOPE, request -> ApiResponse.ok(records.valueToTree(
                controls.deliveries())));
        routes.get("/_emulator/events", SCOPE, request -> ApiResponse.ok(records.valueToTree(
                controls.eventIds(request.query().first("type")))));
        routes.post("/_emulator/refund-answers", SCOPE, request -> {
            controls.setRefundAnswersLost(request.json().path("lost").asBoolean());
            return ApiResponse.ok(JsonNodes.object().put("lost", request.json().path("lost").asBoolean()));
        });
    }

    /** Time, tax, settlement of orders and refunds, disputes. */
    private void settlementRoutes(ApiRoutes routes) {
        routes.get("/_emulator/clock", SCOPE, request -> clock());
        routes.post("/_emulator/clock/advance", SCOPE, request -> {
            controls.advanceClock(Duration.ofSeconds(request.json().path("seconds").asLong()));
            return clock();
        });
        routes.post("/_emulator/tax", SCOPE, this::tax);
        routes.post("/_emulator/settlement", SCOPE, this::settlement);
        routes.post("/_emulator/orders/{id}/{action}", SCOPE, this::order);
        routes.post("/_emulator/refunds/{id}/{action}", SCOPE, this::refund);
        routes.post("/_emulator/disputes", SCOPE, request -> ApiResponse.created(controls.openDispute(
                request.json().path("order_id").asText(), JsonBodies.text(request.json().path("status")))));
        routes.post("/_emulator/disputes/{id}/status", SCOPE, request -> ApiResponse.ok(controls.moveDispute(
                request.path("id"), request.json().path("status").asText())));
    }

    private ApiResponse register(ApiRequest request) {
        JsonNode body = request.json();
        KeyDerivation derivation = KeyDerivation.valueOf(
                body.path("key_derivation").asText("standard").toUpperCase(Locale.ROOT));
        String id = controls.registerWebhook(URI.create(body.path("url").asText()), body.path("secret").asText(),
                derivation);
        return ApiResponse.created(JsonNodes.object().put("id", id));
    }

    private ApiResponse faults(ApiRequest request) {
        JsonNode body = request.json();
        controls.setWebhookFaults(new WebhookFaults(body.path("deliver_twice").asBoolean(),
                body.path("out_of_order").asBoolean(), Duration.ofMillis(body.path("delay_ms").asLong()),
                body.path("drop").asBoolean()));
        return ApiResponse.ok(records.valueToTree(controls.webhookFaults()));
    }

    private ApiResponse clock() {
        return ApiResponse.ok(JsonNodes.object().put("now", JsonNodes.time(controls.now())));
    }

    private ApiResponse tax(ApiRequest request) {
        JsonNode body = request.json();
        TaxSetting setting = new TaxSetting(new BigDecimal(body.path("rate").asText("0")),
                body.path("behavior").asText("exclusive"));
        controls.setTax(setting);
        return ApiResponse.ok(JsonNodes.object().put("rate", setting.rate().toPlainString())
                .put("behavior", setting.behavior()));
    }

    private ApiResponse settlement(ApiRequest request) {
        JsonNode body = request.json();
        boolean ordersLater = body.path("orders_paid_later").asBoolean();
        boolean refundsLater = body.path("refunds_succeed_later").asBoolean();
        controls.setOrdersPaidLater(ordersLater);
        controls.setRefundsSucceedLater(refundsLater);
        ObjectNode answer = JsonNodes.object().put("orders_paid_later", ordersLater);
        return ApiResponse.ok(answer.put("refunds_succeed_later", refundsLater));
    }

    private ApiResponse order(ApiRequest request) {
        return switch (request.path("action")) {
            case "pay" -> ApiResponse.ok(controls.payOrder(request.path("id")));
            case "fail" -> ApiResponse.ok(controls.failOrder(request.path("id")));
            default -> throw unknown(request);
        };
    }

    private ApiResponse refund(ApiRequest request) {
        return switch (request.path("action")) {
            case "succeed" -> ApiResponse.ok(controls.succeedRefund(request.path("id")));
            case "fail" -> ApiResponse.ok(controls.failRefund(request.path("id")));
            default -> throw unknown(request);
        };
    }

    static ApiError unknown(ApiRequest request) {
        return ApiError.of(404, "ResourceNotFound", "Unknown action " + request.path("action"));
    }
}
