package dev.plara.polar.emulator.api;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.state.DisputeState;
import dev.plara.polar.emulator.state.EmulatorStore;

import java.util.Map;

/** {@code /v1/disputes/}: list (filters {@code order_id}, {@code status}; newest first by default) and get. */
public final class DisputeRoutes {

    private final EmulatorStore store;
    private final JsonRenderer renderer;

    public DisputeRoutes(EmulatorStore store, JsonRenderer renderer) {
        this.store = store;
        this.renderer = renderer;
    }

    public void register(ApiRoutes routes) {
        routes.get("/v1/disputes/", "disputes", request -> Paging.page(new Filters<DisputeState>(request.query())
                .anyOf("order_id", DisputeState::orderId)
                .anyOf("status", DisputeState::status)
                .apply(store.disputes().all(), Map.of("created_at", Sorts.by(DisputeState::createdAt),
                        "amount", Sorts.by(DisputeState::amount)), "-created_at")
                .stream().map(renderer::dispute).toList(), request.query()));
        routes.get("/v1/disputes/{id}", "disputes", request -> ApiResponse.ok(renderer.dispute(
                store.disputes().find(request.path("id")).orElseThrow(ApiError::notFound))));
    }
}
