package dev.plara.polar.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.OrderState;
import dev.plara.polar.emulator.state.RefundState;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refunds paid orders as Polar's refund service does. {@code amount} is net of tax; the tax refunded with it is the
 * order's tax pro rata (all that is left for a full refund). A refund that succeeds at once sends
 * {@code order.updated}, {@code refund.created}, {@code order.refunded}; one that settles later ({@link Settlement})
 * sends {@code refund.created} (pending), then {@code order.updated}, {@code refund.updated}, {@code order.refunded}
 * when it succeeds, or {@code refund.updated} alone when it fails.
 */
public final class Refunds {

    static final Set<String> REASONS = Set.of("duplicate", "fraudulent", "customer_request", "service_disruption",
            "satisfaction_guarantee", "dispute_prevention", "other");

    private final EmulatorStore store;
    private final Settlement settlement;
    private final JsonRenderer renderer;
    private final EventSink events;

    public Refunds(EmulatorStore store, Settlement settlement, JsonRenderer renderer, EventSink events) {
        this.store = store;
        this.settlement = settlement;
        this.renderer = renderer;
        this.events = events;
    }

    /** {@code RefundCreate}: {@code order_id}, {@code reason}, {@code amount}, {@code comment}, {@code metadata}. */
    public RefundState create(JsonNode body) {
        String orderId = body.path("order_id").asText("");
        String reason = body.path("reason").asText("");
        if (!REASONS.contains(reason)) {
            throw ApiError.invalid(List.of("body", "reason"), "Input should be one of " + REASONS, "enum", reason);
        }
        JsonNode amount = body.path("amount");
        if (!amount.isIntegralNumber() || amount.asLong() <= 0) {
            throw ApiError.invalid(List.of("body", "amount"), "Input should be greater than 0", "greater_than", amount);
        }
        Map<String, Object> metadata = MetadataRules.check(body.path("metadata"));
        return store.atomically(() -> {
            OrderState order = store.orders().find(orderId).orElseThrow(() -> ApiError.invalidBody("order_id",
                    "Order not found", orderId));
            return refund(order, reason, amount.asLong(), metadata, null, !settlement.refundsSucceedLater());
        });
    }

    /** A refund of {@code amount} of {@code order}, succeeded at once or left pending. */
    public RefundState refund(OrderState order, String reason, long amount, Map<String, Object> metadata,
                              String disputeId, boolean succeedsNow) {
        checkRefundable(order, amount);
        Instant now = store.clock().instant();
        RefundState pending = store.refunds().save(new RefundState(RandomIds.uuid(), now, null, "pending", reason,
                amount, TaxRules.refundTax(order, amount), order.currency(), order.id(), order.subscriptionId(),
                order.customerId(), metadata, false, disputeId));
        if (!succeedsNow) {
            events.publish(List.of(event("refund.created", pending)));
            return pending;
        }
        return succeed(pending, order, "refund.created");
    }

    private static void checkRefundable(OrderState order, long amount) {
        if (!order.paid()) {
            throw ApiError.of(404, "RefundUnknownPayment", "Refund issued for unknown order: " + order.id());
        }
        if ("refunded".equals(order.status())) {
            throw ApiError.of(403, "RefundedAlready", "Order is already fully refunded: " + order.id());
        }
        if (amount > order.refundable()) {
            throw ApiError.invalid(List.of("body", "amount"), "Refund amount exceeds the refundable amount "
                    + order.refundable() + ".", "value_error", amount);
        }
    }

    /** A pending refund succeeds: the order counts it (or, when it no longer can, the refund fails instead). */
    public RefundState succeed(String refundId) {
        return store.atomically(() -> {
            RefundState refund = pending(refundId);
            OrderState order = store.orders().find(refund.orderId()).orElseThrow();
            if (refund.amount() > order.refundable()) {
                return fail(refundId);
            }
            return succeed(refund, order, "refund.updated");
        });
    }

    /** The refund succeeds and the order counts it: {@code order.updated}, {@code refundEvent}, {@code order.refunded}. */
    private RefundState succeed(RefundState refund, OrderState order, String refundEvent) {
        Instant now = store.clock().instant();
        RefundState succeeded = store.refunds().save(refund.withStatus("succeeded", now));
        OrderState refunded = store.orders().save(order.refunded(refund.amount(), refund.taxAmount(), now));
        events.publish(List.of(new ResourceEvent("order.updated", renderer.order(refunded)),
                event(refundEvent, succeeded), new ResourceEvent("order.refunded", renderer.order(refunded))));
        return succeeded;
    }

    /** A pending refund fails; the order is as it was. */
    public RefundState fail(String refundId) {
        return store.atomically(() -> {
            RefundState failed = store.refunds().save(pending(refundId).withStatus("failed", store.clock().instant()));
            events.publish(List.of(event("refund.updated", failed)));
            return failed;
        });
    }

    private RefundState pending(String refundId) {
        RefundState refund = store.refunds().find(refundId).orElseThrow(ApiError::notFound);
        if (!"pending".equals(refund.status())) {
            throw ApiError.of(409, "RefundNotPending", "Refund " + refundId + " is " + refund.status()
                    + ", not pending.");
        }
        return refund;
    }

    private ResourceEvent event(String type, RefundState refund) {
        return new ResourceEvent(type, renderer.refund(refund));
    }
}
