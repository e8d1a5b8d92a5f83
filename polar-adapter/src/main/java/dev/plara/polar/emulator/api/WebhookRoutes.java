package dev.plara.polar.emulator.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.service.WebhookEndpoints;
import dev.plara.polar.emulator.state.DeliveryState;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.EndpointState;
import dev.plara.polar.emulator.state.WebhookEventState;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code /v1/webhooks/}: endpoints (list, create, get, update, delete), deliveries (filters {@code endpoint_id},
 * {@code succeeded}, {@code start_timestamp}, {@code end_timestamp}, {@code event_type}, {@code http_code_class},
 * {@code query}; newest first, each with its event) and the redelivery of an event.
 */
public final class WebhookRoutes {

    private static final Set<String> CODE_CLASSES = Set.of("2xx", "3xx", "4xx", "5xx");

    private final EmulatorStore store;
    private final WebhookEndpoints endpoints;
    private final JsonRenderer renderer;
    private final Consumer<String> redeliver;

    public WebhookRoutes(EmulatorStore store, WebhookEndpoints endpoints, JsonRenderer renderer,
                         Consumer<String> redeliver) {
        this.store = store;
        this.endpoints = endpoints;
        this.renderer = renderer;
        this.redeliver = redeliver;
    }

    public void register(ApiRoutes routes) {
        routes.get("/v1/webhooks/endpoints", "webhooks", request -> Paging.page(new Filters<EndpointState>(
                request.query()).apply(store.endpoints().all(), Map.of("created_at",
                Sorts.by(EndpointState::createdAt)), "-created_at").stream().map(renderer::endpoint).toList(),
                request.query()));
        routes.post("/v1/webhooks/endpoints", "webhooks", request -> ApiResponse.created(renderer.endpoint(
                endpoints.create(request.json()))));
        routes.get("/v1/webhooks/endpoints/{id}", "webhooks", request -> ApiResponse.ok(renderer.endpoint(
                endpoints.find(request.path("id")))));
        routes.patch("/v1/webhooks/endpoints/{id}", "webhooks", request -> ApiResponse.ok(renderer.endpoint(
                endpoints.update(request.path("id"), request.json()))));
        routes.delete("/v1/webhooks/endpoints/{id}", "webhooks", request -> {
            endpoints.delete(request.path("id"));
            return ApiResponse.noContent();
        });
        routes.get("/v1/webhooks/deliveries", "webhooks", request -> Paging.page(deliveries(request), request.query()));
        routes.post("/v1/webhooks/events/{id}/redeliver", "webhooks", request -> {
            store.events().find(request.path("id")).filter(event -> store.endpoints().find(event.endpointId())
                    .isPresent()).orElseThrow(ApiError::notFound);
            redeliver.accept(request.path("id"));
            return ApiResponse.accepted();
        });
    }

    private List<ObjectNode> deliveries(ApiRequest request) {
        String codeClass = request.query().first("http_code_class");
        if (codeClass != null && !CODE_CLASSES.contains(codeClass)) {
            throw ApiError.invalid(List.of("query", "http_code_class"), "Input should be '2xx', '3xx', '4xx' or "
                    + "'5xx'", "enum", codeClass);
        }
        String text = request.query().first("query");
        return new Filters<DeliveryState>(request.query())
                .anyOf("endpoint_id", DeliveryState::endpointId)
                .anyOf("event_type", DeliveryState::type)
                .flag("succeeded", DeliveryState::succeeded)
                .time("start_timestamp", DeliveryState::createdAt, false)
                .time("end_timestamp", DeliveryState::createdAt, true)
                .where(delivery -> codeClass == null || (delivery.httpCode() != 0
                        && codeClass.equals(delivery.httpCode() / 100 + "xx")))
                .where(delivery -> text == null || payload(delivery).contains(text))
                .apply(store.deliveries().all(), Map.of("created_at", Sorts.by(DeliveryState::createdAt)),
                        "-created_at")
                .stream().map(renderer::delivery).toList();
    }

    private String payload(DeliveryState delivery) {
        return store.events().find(delivery.eventId()).map(WebhookEventState::payload).orElse("");
    }
}
