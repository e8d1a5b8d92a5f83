package dev.plara.polar.emulator.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.state.SubscriptionState;
import dev.plara.polar.emulator.state.SubscriptionState.PendingUpdate;

/** A subscription in the spec's {@code Subscription} shape, and its embedded {@code OrderSubscription} form. */
final class SubscriptionJson {

    private SubscriptionJson() {
    }

    /** The full form of the API and of {@code subscription.*} events. */
    static ObjectNode subscription(SubscriptionState subscription, ObjectNode customer, ObjectNode product,
                                   ObjectNode price) {
        ObjectNode node = embedded(subscription);
        node.set("customer", customer);
        node.set("product", product);
        node.putNull("discount");
        node.set("prices", JsonNodes.array().add(price));
        node.set("meters", JsonNodes.array());
        node.set("pending_update", pending(subscription.pendingUpdate()));
        return node;
    }

    /** The form embedded in an order. */
    static ObjectNode embedded(SubscriptionState subscription) {
        ObjectNode node = JsonNodes.object()
                .put("created_at", JsonNodes.time(subscription.createdAt()))
                .put("modified_at", JsonNodes.time(subscription.modifiedAt()))
                .put("id", subscription.id())
                .put("amount", subscription.amount())
                .put("currency", subscription.currency())
                .put("recurring_interval", subscription.recurringInterval())
                .put("recurring_interval_count", 1)
                .put("status", subscription.status())
                .put("current_period_start", JsonNodes.time(subscription.period().start()))
                .put("current_period_end", JsonNodes.time(subscription.period().end()))
                .put("trial_start", subscription.trial() == null ? null : JsonNodes.time(subscription.trial().start()))
                .put("trial_end", subscription.trial() == null ? null : JsonNodes.time(subscription.trial().end()))
                .put("started_at", JsonNodes.time(subscription.startedAt()))
                .put("past_due_at", JsonNodes.time(subscription.pastDueAt()))
                .put("customer_id", subscription.customerId())
                .put("product_id", subscription.productId())
                .put("checkout_id", subscription.checkoutId());
        cancellationAndPause(node, subscription);
        node.set("metadata", JsonNodes.metadata(subscription.metadata()));
        return JsonNodes.nulls(node, "current_meter_period_start", "current_meter_period_end", "discount_id",
                "customer_cancellation_reason", "customer_cancellation_comment");
    }

    private static void cancellationAndPause(ObjectNode node, SubscriptionState subscription) {
        node.put("cancel_at_period_end", subscription.cancellation().atPeriodEnd())
                .put("canceled_at", JsonNodes.time(subscription.cancellation().canceledAt()))
                .put("ends_at", JsonNodes.time(subscription.cancellation().endsAt()))
                .put("ended_at", JsonNodes.time(subscription.cancellation().endedAt()))
                .put("pause_at_period_end", subscription.pause().atPeriodEnd())
                .put("paused_at", JsonNodes.time(subscription.pause().pausedAt()))
                .put("resumes_at", JsonNodes.time(subscription.pause().resumesAt()));
    }

    private static ObjectNode pending(PendingUpdate update) {
        if (update == null) {
            return null;
        }
        return JsonNodes.object()
                .put("created_at", JsonNodes.time(update.createdAt()))
                .put("modified_at", JsonNodes.time(update.createdAt()))
                .put("id", update.id())
                .put("applies_at", JsonNodes.time(update.appliesAt()))
                .put("product_id", update.productId())
                .putNull("seats");
    }
}
