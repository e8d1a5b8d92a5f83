package dev.plara.polar.emulator.api;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.state.CustomerState;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.OrderState;

import java.util.Map;

/**
 * {@code /v1/orders/}: list (filters {@code status}, {@code customer_id}, {@code external_customer_id},
 * {@code checkout_id}, {@code product_id}, {@code subscription_id}, {@code created_after}, {@code created_before};
 * sorting {@code created_at}, {@code status}, {@code net_amount}; newest first by default) and get.
 */
public final class OrderRoutes {

    private final EmulatorStore store;
    private final JsonRenderer renderer;

    public OrderRoutes(EmulatorStore store, JsonRenderer renderer) {
        this.store = store;
        this.renderer = renderer;
    }

    public void register(ApiRoutes routes) {
        routes.get("/v1/orders/", "orders", request -> Paging.page(new Filters<OrderState>(request.query())
                .anyOf("status", OrderState::status)
                .anyOf("customer_id", OrderState::customerId)
                .anyOf("external_customer_id", this::externalId)
                .anyOf("checkout_id", OrderState::checkoutId)
                .anyOf("product_id", OrderState::productId)
                .anyOf("subscription_id", OrderState::subscriptionId)
                .time("created_after", OrderState::createdAt, false)
                .time("created_before", OrderState::createdAt, true)
                .apply(store.orders().all(), Map.of("created_at", Sorts.by(OrderState::createdAt),
                        "status", Sorts.by(OrderState::status),
                        "net_amount", Sorts.by(order -> order.amounts().net())), "-created_at")
                .stream().map(renderer::order).toList(), request.query()));
        routes.get("/v1/orders/{id}", "orders", request -> ApiResponse.ok(renderer.order(
                store.orders().find(request.path("id")).orElseThrow(ApiError::notFound))));
    }

    private String externalId(OrderState order) {
        return store.customers().find(order.customerId()).map(CustomerState::externalId).orElse(null);
    }
}
