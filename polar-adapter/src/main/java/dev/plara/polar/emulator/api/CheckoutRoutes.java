package dev.plara.polar.emulator.api;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.service.CheckoutOpening;
import dev.plara.polar.emulator.state.EmulatorStore;

/** {@code /v1/checkouts/}: open one, read one back. */
public final class CheckoutRoutes {

    private final EmulatorStore store;
    private final CheckoutOpening opening;
    private final JsonRenderer renderer;

    public CheckoutRoutes(EmulatorStore store, CheckoutOpening opening, JsonRenderer renderer) {
        this.store = store;
        this.opening = opening;
        this.renderer = renderer;
    }

    public void register(ApiRoutes routes) {
        routes.post("/v1/checkouts/", "checkouts", request -> ApiResponse.created(renderer.checkout(
                opening.open(request.json()))));
        routes.get("/v1/checkouts/{id}", "checkouts", request -> ApiResponse.ok(renderer.checkout(
                store.checkouts().find(request.path("id")).orElseThrow(ApiError::notFound))));
    }
}
