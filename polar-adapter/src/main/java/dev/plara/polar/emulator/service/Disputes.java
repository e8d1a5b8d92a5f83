package dev.plara.polar.emulator.service;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.json.JsonNodes;
import dev.plara.polar.emulator.state.DisputeState;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.OrderState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Chargebacks, as Polar's dispute service records them. No webhook announces a dispute (the 2026-04 API has none):
 * they are read through {@code GET /v1/disputes/}. A dispute that closes has Polar's effects: {@code prevented} refunds
 * the disputed amount ({@code dispute_prevention}); {@code won} or {@code lost} (resolved) ends the order's
 * subscription now, with its subscription events. The order itself is left as it is.
 */
public final class Disputes {

    static final Duration EVIDENCE_WINDOW = Duration.ofDays(7);

    private final EmulatorStore store;
    private final Refunds refunds;
    private final SubscriptionChanges subscriptions;

    public Disputes(EmulatorStore store, Refunds refunds, SubscriptionChanges subscriptions) {
        this.store = store;
        this.refunds = refunds;
        this.subscriptions = subscriptions;
    }

    /** A dispute of a paid order's whole amount, in {@code status} (open ones are given an evidence due date). */
    public DisputeState open(String orderId, String status) {
        checkStatus(status);
        DisputeState opened = store.atomically(() -> {
            OrderState order = store.orders().find(orderId).filter(OrderState::paid).orElseThrow(() ->
                    ApiError.invalidBody("order_id", "Order not found or not paid.", orderId));
            Instant now = store.clock().instant();
            return store.disputes().save(new DisputeState(RandomIds.uuid(), now, null, "needs_response",
                    order.amounts().net(), order.amounts().tax(), order.currency(), "fraudulent",
                    now.plus(EVIDENCE_WINDOW), order.id(), JsonNodes.derivedId(order.id(), "payment"),
                    order.customerId()));
        });
        return "needs_response".equals(status) ? opened : move(opened.id(), status);
    }

    /** Moves an open dispute to {@code status}, with the effects of closing it. */
    public DisputeState move(String disputeId, String status) {
        checkStatus(status);
        DisputeState moved = store.atomically(() -> {
            DisputeState current = store.disputes().find(disputeId).orElseThrow(ApiError::notFound);
            if (current.closed()) {
                throw ApiError.of(409, "DisputeNotOpenError", "Dispute " + disputeId + " is already "
                        + current.status() + ".");
            }
            return store.disputes().save(current.withStatus(status, store.clock().instant()));
        });
        OrderState order = store.orders().find(moved.orderId()).orElseThrow();
        if ("prevented".equals(status) && order.refundable() > 0) {
            refunds.refund(order, "dispute_prevention", Math.min(moved.amount(), order.refundable()), Map.of(),
                    moved.id(), true);
        }
        if (moved.closed() && order.subscriptionId() != null && store.subscriptions().find(order.subscriptionId())
                .filter(subscription -> subscription.billable() && subscription.cancellation().endedAt() == null)
                .isPresent()) {
            subscriptions.revoke(order.subscriptionId());
        }
        return moved;
    }

    private static void checkStatus(String status) {
        if (!DisputeState.STATUSES.contains(status)) {
            throw ApiError.invalid(List.of("body", "status"), "Input should be one of " + DisputeState.STATUSES,
                    "enum", status);
        }
    }
}
