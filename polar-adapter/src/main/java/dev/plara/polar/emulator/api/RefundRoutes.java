package dev.plara.polar.emulator.api;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.service.Refunds;
import dev.plara.polar.emulator.state.CustomerState;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.RefundState;

import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code /v1/refunds/}: create, and list (filters {@code id}, {@code order_id}, {@code subscription_id},
 * {@code customer_id}, {@code external_customer_id}, {@code succeeded=true}; sorting {@code created_at},
 * {@code amount}; newest first by default). While answers are set to be lost, a refund is made and announced but
 * answered 503, as when Polar's answer never reaches the caller.
 */
public final class RefundRoutes {

    private final EmulatorStore store;
    private final Refunds refunds;
    private final JsonRenderer renderer;
    private final BooleanSupplier answersLost;

    public RefundRoutes(EmulatorStore store, Refunds refunds, JsonRenderer renderer, BooleanSupplier answersLost) {
        this.store = store;
        this.refunds = refunds;
        this.renderer = renderer;
        this.answersLost = answersLost;
    }

    public void register(ApiRoutes routes) {
        routes.post("/v1/refunds/", "refunds", request -> {
            RefundState refund = refunds.create(request.json());
            if (answersLost.getAsBoolean()) {
                throw ApiError.of(503, "ServiceUnavailable", "The service is temporarily unavailable.");
            }
            return ApiResponse.created(renderer.refund(refund));
        });
        routes.get("/v1/refunds/", "refunds", request -> Paging.page(new Filters<RefundState>(request.query())
                .anyOf("id", RefundState::id)
                .anyOf("order_id", RefundState::orderId)
                .anyOf("subscription_id", RefundState::subscriptionId)
                .anyOf("customer_id", RefundState::customerId)
                .anyOf("external_customer_id", this::externalId)
                .where(refund -> !"true".equals(request.query().first("succeeded"))
                        || "succeeded".equals(refund.status()))
                .apply(store.refunds().all(), Map.of("created_at", Sorts.by(RefundState::createdAt),
                        "amount", Sorts.by(RefundState::amount)), "-created_at")
                .stream().map(renderer::refund).toList(), request.query()));
    }

    private String externalId(RefundState refund) {
        return store.customers().find(refund.customerId()).map(CustomerState::externalId).orElse(null);
    }
}
