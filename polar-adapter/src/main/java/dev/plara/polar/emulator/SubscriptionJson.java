package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A subscription in the spec's {@code Subscription} shape, and its embedded {@code OrderSubscription} form. */
final class SubscriptionJson {

    private SubscriptionJson() {
    }

    /** The full form sent with {@code subscription.*} events. */
    static ObjectNode subscription(SubscriptionState subscription, ObjectNode customer, ObjectNode product,
                                   ObjectNode price) {
        ObjectNode node = embedded(subscription);
        node.set("customer", customer);
        node.set("product", product);
        node.putNull("discount");
        node.set("prices", JsonNodes.array().add(price));
        node.set("meters", JsonNodes.array());
        node.putNull("pending_update");
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
                .put("current_period_start", JsonNodes.time(subscription.currentPeriodStart()))
                .put("current_period_end", JsonNodes.time(subscription.currentPeriodEnd()))
                .put("cancel_at_period_end", subscription.cancelAtPeriodEnd())
                .put("canceled_at", JsonNodes.time(subscription.canceledAt()))
                .put("started_at", JsonNodes.time(subscription.createdAt()))
                .put("ends_at", JsonNodes.time(subscription.endsAt()))
                .put("ended_at", JsonNodes.time(subscription.endedAt()))
                .put("pause_at_period_end", false)
                .put("customer_id", subscription.customerId())
                .put("product_id", subscription.productId())
                .put("checkout_id", subscription.checkoutId());
        node.set("metadata", JsonNodes.metadata(subscription.metadata()));
        return JsonNodes.nulls(node, "current_meter_period_start", "current_meter_period_end", "trial_start",
                "trial_end", "paused_at", "resumes_at", "discount_id", "customer_cancellation_reason",
                "customer_cancellation_comment");
    }
}
