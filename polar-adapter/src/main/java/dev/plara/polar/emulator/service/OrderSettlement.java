package dev.plara.polar.emulator.service;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.state.CheckoutState;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.OrderState;
import dev.plara.polar.emulator.state.SubscriptionState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Settles a pending order later, as when a payment clears (or is given up) well after the order was made: its
 * subscription and checkout follow, each with Polar's events.
 */
public final class OrderSettlement {

    private final EmulatorStore store;
    private final Orders orders;
    private final SubscriptionEvents subscriptionEvents;
    private final JsonRenderer renderer;
    private final EventSink events;

    public OrderSettlement(EmulatorStore store, Orders orders, SubscriptionEvents subscriptionEvents,
                           JsonRenderer renderer, EventSink events) {
        this.store = store;
        this.orders = orders;
        this.subscriptionEvents = subscriptionEvents;
        this.renderer = renderer;
        this.events = events;
    }

    /**
     * The payment cleared: the order is paid; an incomplete subscription starts, a past-due one is active again
     * (Polar's {@code mark_active}); a confirmed checkout succeeds.
     */
    public OrderState pay(String orderId) {
        return store.atomically(() -> {
            OrderState order = pending(orderId);
            List<ResourceEvent> out = new ArrayList<>();
            OrderState paid = orders.pay(order, out);
            subscriptionOf(order).filter(waiting -> Set.of("incomplete", "past_due").contains(waiting.status()))
                    .ifPresent(waiting -> start(waiting, out));
            checkoutOf(order, "succeeded", out);
            events.publish(out);
            return paid;
        });
    }

    /**
     * The payment failed for good. A first payment voids the order, expires its incomplete subscription and fails the
     * checkout; a renewal's order stays pending (Polar retries it) while its subscription becomes {@code past_due}.
     */
    public OrderState fail(String orderId) {
        return store.atomically(() -> {
            OrderState order = pending(orderId);
            List<ResourceEvent> out = new ArrayList<>();
            OrderState result = order;
            SubscriptionState before = subscriptionOf(order).orElse(null);
            if (before != null && before.billable()) {
                SubscriptionState after = before.withStatus("past_due", store.clock().instant())
                        .withPastDueAt(before.pastDueAt() != null ? before.pastDueAt() : store.clock().instant(),
                                store.clock().instant());
                out.addAll(subscriptionEvents.changed(before, store.subscriptions().save(after)));
            } else {
                result = orders.voidPending(order, out);
                if (before != null) {
                    SubscriptionState after = before.withStatus("incomplete_expired", store.clock().instant());
                    out.addAll(subscriptionEvents.changed(before, store.subscriptions().save(after)));
                }
                checkoutOf(order, "failed", out);
            }
            events.publish(out);
            return result;
        });
    }

    /** Polar's {@code mark_active}: paid at last, the subscription starts (or starts again) with no past due. */
    private void start(SubscriptionState before, List<ResourceEvent> out) {
        Instant now = store.clock().instant();
        String status = before.trial() != null && "incomplete".equals(before.status()) ? "trialing" : "active";
        SubscriptionState after = before.started(now).withStatus(status, now).withPastDueAt(null, now);
        out.addAll(subscriptionEvents.changed(before, store.subscriptions().save(after)));
    }

    private OrderState pending(String orderId) {
        OrderState order = store.orders().find(orderId).orElseThrow(ApiError::notFound);
        if (!"pending".equals(order.status())) {
            throw ApiError.of(409, "OrderNotPending", "Order " + orderId + " is " + order.status() + ", not pending.");
        }
        return order;
    }

    private Optional<SubscriptionState> subscriptionOf(OrderState order) {
        return order.subscriptionId() == null ? Optional.empty()
                : store.subscriptions().find(order.subscriptionId());
    }

    private void checkoutOf(OrderState order, String status, List<ResourceEvent> out) {
        if (order.checkoutId() == null) {
            return;
        }
        store.checkouts().find(order.checkoutId()).filter(checkout -> "confirmed".equals(checkout.status()))
                .ifPresent(checkout -> {
                    CheckoutState settled = store.checkouts().save(checkout.withStatus(status, checkout.customerId(),
                            checkout.customerEmail(), checkout.subscriptionId(), store.clock().instant()));
                    out.add(new ResourceEvent("checkout.updated", renderer.checkout(settled)));
                });
    }
}
