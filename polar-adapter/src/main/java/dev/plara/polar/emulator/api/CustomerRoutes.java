package dev.plara.polar.emulator.api;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.service.CustomerDirectory;
import dev.plara.polar.emulator.service.CustomerSessions;
import dev.plara.polar.emulator.state.EmulatorStore;

/**
 * {@code /v1/customers/}: create, get by id, get and update by external id; and {@code /v1/customer-sessions/}, which
 * opens the customer portal for one customer.
 */
public final class CustomerRoutes {

    private final EmulatorStore store;
    private final CustomerDirectory customers;
    private final CustomerSessions sessions;
    private final JsonRenderer renderer;

    public CustomerRoutes(EmulatorStore store, CustomerDirectory customers, CustomerSessions sessions,
                          JsonRenderer renderer) {
        this.store = store;
        this.customers = customers;
        this.sessions = sessions;
        this.renderer = renderer;
    }

    public void register(ApiRoutes routes) {
        routes.post("/v1/customers/", "customers", request -> ApiResponse.created(renderer.customer(
                customers.create(request.json()))));
        routes.get("/v1/customers/{id}", "customers", request -> ApiResponse.ok(renderer.customer(
                store.customers().find(request.path("id")).orElseThrow(ApiError::notFound))));
        routes.get("/v1/customers/external/{external_id}", "customers", request -> ApiResponse.ok(renderer.customer(
                customers.byExternalId(request.path("external_id")).orElseThrow(ApiError::notFound))));
        routes.patch("/v1/customers/external/{external_id}", "customers", request -> ApiResponse.ok(
                renderer.customer(customers.updateByExternalId(request.path("external_id"), request.json()))));
        routes.post("/v1/customer-sessions/", "customer_sessions", request -> ApiResponse.created(
                renderer.customerSession(sessions.create(request.json()))));
    }
}
