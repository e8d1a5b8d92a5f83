package dev.plara.polar.emulator.api;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.service.ProductCatalog;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.ProductState;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** {@code /v1/products/}: list (filters {@code id}, {@code is_archived}, {@code is_recurring}, {@code query}), get, create, update. */
public final class ProductRoutes {

    private final EmulatorStore store;
    private final ProductCatalog catalog;
    private final JsonRenderer renderer;

    public ProductRoutes(EmulatorStore store, ProductCatalog catalog, JsonRenderer renderer) {
        this.store = store;
        this.catalog = catalog;
        this.renderer = renderer;
    }

    public void register(ApiRoutes routes) {
        routes.get("/v1/products/", "products", request -> Paging.page(new Filters<ProductState>(request.query())
                .anyOf("id", ProductState::id)
                .flag("is_archived", ProductState::archived)
                .flag("is_recurring", ProductState::recurring)
                .where(named(request.query().first("query")))
                .apply(store.products().all(), Map.of("created_at", Sorts.by(ProductState::createdAt),
                        "name", Sorts.by(ProductState::name)), "-created_at")
                .stream().map(renderer::product).toList(), request.query()));
        routes.get("/v1/products/{id}", "products", request -> ApiResponse.ok(renderer.product(
                store.products().find(request.path("id")).orElseThrow(ApiError::notFound))));
        routes.post("/v1/products/", "products", request -> ApiResponse.created(renderer.product(
                catalog.create(request.json()))));
        routes.patch("/v1/products/{id}", "products", request -> ApiResponse.ok(renderer.product(
                catalog.update(request.path("id"), request.json()))));
    }

    private static Predicate<ProductState> named(String query) {
        return product -> query == null
                || product.name().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT));
    }
}
