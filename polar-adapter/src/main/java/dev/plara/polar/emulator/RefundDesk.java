package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Refunds paid orders as Polar does: checked, succeeded at once, announced by {@code refund.created} and {@code order.refunded}. */
final class RefundDesk {

    private static final Set<String> REASONS = Set.of("duplicate", "fraudulent", "customer_request",
            "service_disruption", "satisfaction_guarantee", "other");

    private final EmulatorStore store;
    private final Views views;
    private final Events events;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    RefundDesk(EmulatorStore store, Views views, Events events, WebhookDispatcher dispatcher, Clock clock) {
        this.store = store;
        this.views = views;
        this.events = events;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    synchronized RefundState refund(JsonNode body) {
        String orderId = body.path("order_id").asText("");
        OrderState order = store.order(orderId).filter(OrderState::paid).orElseThrow(() ->
                ApiError.invalid(List.of("body", "order_id"), "Order not found or not paid.", "value_error", orderId));
        String reason = body.path("reason").asText("");
        if (!REASONS.contains(reason)) {
            throw ApiError.invalid(List.of("body", "reason"), "Input should be one of " + REASONS, "enum", reason);
        }
        JsonNode amount = body.path("amount");
        if (!amount.isIntegralNumber() || amount.asLong() <= 0) {
            throw ApiError.invalid(List.of("body", "amount"), "Input should be greater than 0", "greater_than", amount);
        }
        if (order.refundable() == 0) {
            throw ApiError.of(403, "RefundedAlready", "Order is already fully refunded.");
        }
        if (amount.asLong() > order.refundable()) {
            throw ApiError.invalid(List.of("body", "amount"), "Refund amount exceeds the refundable amount "
                    + order.refundable() + ".", "value_error", amount);
        }
        return record(order, reason, amount.asLong(), MetadataRules.check(body.path("metadata")));
    }

    /** Refunds, optionally of one order and only succeeded ones, oldest first or newest first ({@code -created_at}). */
    List<ObjectNode> list(String orderId, String succeeded, String sorting) {
        Comparator<RefundState> order = Comparator.comparing(RefundState::createdAt);
        return store.refunds().stream()
                .filter(refund -> orderId == null || refund.orderId().equals(orderId))
                .filter(refund -> !"true".equals(succeeded) || "succeeded".equals(refund.status()))
                .sorted("-created_at".equals(sorting) ? order.reversed() : order)
                .map(views::refund)
                .toList();
    }

    private RefundState record(OrderState order, String reason, long amount, Map<String, Object> metadata) {
        Instant now = clock.instant();
        RefundState refund = new RefundState(UUID.randomUUID().toString(), now, "succeeded", reason, amount,
                order.currency(), order.id(), order.subscriptionId(), order.customerId(), metadata);
        OrderState refunded = order.refunded(amount, now);
        store.save(refund);
        store.save(refunded);
        dispatcher.publish(List.of(events.event("refund.created", views.refund(refund)),
                events.event("order.refunded", views.order(refunded))));
        return refund;
    }
}
