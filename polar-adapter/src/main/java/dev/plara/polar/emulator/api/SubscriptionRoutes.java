package dev.plara.polar.emulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.http.JsonBodies;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.service.MetadataRules;
import dev.plara.polar.emulator.service.PlanChanges;
import dev.plara.polar.emulator.service.SubscriptionChanges;
import dev.plara.polar.emulator.state.CustomerState;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.SubscriptionState;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/subscriptions/}: list (filters {@code product_id}, {@code customer_id}, {@code external_customer_id},
 * {@code active}, {@code status}, {@code cancel_at_period_end}; only started ones, as Polar lists them; by
 * {@code -started_at} by default), get, update (each {@code SubscriptionUpdate} form) and revoke ({@code DELETE}).
 */
public final class SubscriptionRoutes {

    private final EmulatorStore store;
    private final SubscriptionChanges changes;
    private final PlanChanges plans;
    private final JsonRenderer renderer;

    public SubscriptionRoutes(EmulatorStore store, SubscriptionChanges changes, PlanChanges plans,
                              JsonRenderer renderer) {
        this.store = store;
        this.changes = changes;
        this.plans = plans;
        this.renderer = renderer;
    }

    public void register(ApiRoutes routes) {
        routes.get("/v1/subscriptions/", "subscriptions", request -> Paging.page(new Filters<SubscriptionState>(
                request.query())
                .where(subscription -> subscription.startedAt() != null)
                .anyOf("product_id", SubscriptionState::productId)
                .anyOf("customer_id", SubscriptionState::customerId)
                .anyOf("external_customer_id", this::externalId)
                .anyOf("status", SubscriptionState::status)
                .flag("active", SubscriptionState::active, SubscriptionState::revoked)
                .flag("cancel_at_period_end", subscription -> subscription.cancellation().atPeriodEnd())
                .apply(store.subscriptions().all(), Map.of("started_at", Sorts.by(SubscriptionState::startedAt),
                        "current_period_end", Sorts.by(subscription -> subscription.period().end()),
                        "status", Sorts.by(SubscriptionState::status), "amount", Sorts.by(SubscriptionState::amount)),
                        "-started_at")
                .stream().map(renderer::subscription).toList(), request.query()));
        routes.get("/v1/subscriptions/{id}", "subscriptions", request -> ApiResponse.ok(renderer.subscription(
                started(request.path("id")))));
        routes.patch("/v1/subscriptions/{id}", "subscriptions", request -> ApiResponse.ok(renderer.subscription(
                update(started(request.path("id")).id(), request.json()))));
        routes.delete("/v1/subscriptions/{id}", "subscriptions", request -> ApiResponse.ok(renderer.subscription(
                changes.revoke(started(request.path("id")).id()))));
    }

    /** Picks the {@code SubscriptionUpdate} form the body is, by the fields it holds. */
    private SubscriptionState update(String id, JsonNode body) {
        if (body.has("revoke")) {
            if (!body.path("revoke").asBoolean()) {
                throw ApiError.invalid(List.of("body", "revoke"), "Input should be True", "literal_error",
                        body.path("revoke"));
            }
            return changes.revoke(id);
        }
        if (body.has("cancel_at_period_end")) {
            return body.path("cancel_at_period_end").asBoolean() ? changes.cancel(id) : changes.uncancel(id);
        }
        if (body.hasNonNull("product_id")) {
            return plans.change(id, body.path("product_id").asText(), JsonBodies.text(body.path("proration_behavior")));
        }
        return pauseOrOther(id, body);
    }

    private SubscriptionState pauseOrOther(String id, JsonNode body) {
        if (body.has("pause_at_period_end")) {
            return changes.schedulePause(id, body.path("pause_at_period_end").asBoolean(),
                    instant(body.path("resumes_at")));
        }
        if (body.has("resume")) {
            return changes.resume(id);
        }
        for (String unsupported : List.of("seats", "current_billing_period_end", "trial_end", "discount_id")) {
            if (body.has(unsupported)) {
                throw ApiError.invalidBody(unsupported, "The emulator does not change " + unsupported + ".",
                        body.path(unsupported));
            }
        }
        return body.has("metadata") ? changes.updateMetadata(id, MetadataRules.check(body.path("metadata")))
                : started(id);
    }

    private static Instant instant(JsonNode node) {
        String text = JsonBodies.text(node);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiError.invalid(List.of("body", "resumes_at"), "Input should be a valid datetime",
                    "datetime_from_date_parsing", text);
        }
    }

    /** Polar's API sees only subscriptions that started. */
    private SubscriptionState started(String id) {
        return store.subscriptions().find(id).filter(s -> s.startedAt() != null).orElseThrow(ApiError::notFound);
    }

    private String externalId(SubscriptionState subscription) {
        return store.customers().find(subscription.customerId()).map(CustomerState::externalId).orElse(null);
    }
}
