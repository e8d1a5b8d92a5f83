package dev.plara.polar.webhook;

import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarRefund;
import dev.plara.polar.model.PolarSubscription;

import java.time.Instant;
import java.util.Set;
import java.util.function.Function;

/** A Polar webhook event, typed for what Plara acts on; any other type is {@link Unhandled} (to acknowledge). */
public sealed interface PolarEvent {

    /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
    <T> T match(Function<OrderEvent, T> orderEvent, Function<RefundEvent, T> refundEvent,
            Function<CheckoutEvent, T> checkoutEvent, Function<SubscriptionEvent, T> subscriptionEvent,
            Function<Unhandled, T> unhandled);

    Set<String> ORDER_TYPES = Set.of("order.created", "order.updated", "order.paid", "order.refunded");
    Set<String> REFUND_TYPES = Set.of("refund.created", "refund.updated");
    Set<String> CHECKOUT_TYPES = Set.of("checkout.updated");
    Set<String> SUBSCRIPTION_TYPES = Set.of("subscription.created", "subscription.active", "subscription.updated",
            "subscription.canceled", "subscription.uncanceled", "subscription.revoked", "subscription.past_due",
            "subscription.paused", "subscription.resumed", "subscription.cycled");

    /** The event type, such as {@code order.paid}. */
    String type();

    /** When Polar made the event (the envelope's {@code timestamp}). */
    Instant timestamp();

    /** {@code order.created|updated|paid|refunded}. */
    record OrderEvent(String type, Instant timestamp, PolarOrder order) implements PolarEvent {
        @Override
        public <T> T match(Function<OrderEvent, T> orderEvent, Function<RefundEvent, T> refundEvent,
                Function<CheckoutEvent, T> checkoutEvent, Function<SubscriptionEvent, T> subscriptionEvent,
                Function<Unhandled, T> unhandled) {
            return orderEvent.apply(this);
        }
    }

    /** {@code refund.created|updated}. */
    record RefundEvent(String type, Instant timestamp, PolarRefund refund) implements PolarEvent {
        @Override
        public <T> T match(Function<OrderEvent, T> orderEvent, Function<RefundEvent, T> refundEvent,
                Function<CheckoutEvent, T> checkoutEvent, Function<SubscriptionEvent, T> subscriptionEvent,
                Function<Unhandled, T> unhandled) {
            return refundEvent.apply(this);
        }
    }

    /** {@code checkout.updated}. */
    record CheckoutEvent(String type, Instant timestamp, PolarCheckout checkout) implements PolarEvent {
        @Override
        public <T> T match(Function<OrderEvent, T> orderEvent, Function<RefundEvent, T> refundEvent,
                Function<CheckoutEvent, T> checkoutEvent, Function<SubscriptionEvent, T> subscriptionEvent,
                Function<Unhandled, T> unhandled) {
            return checkoutEvent.apply(this);
        }
    }

    /** {@code subscription.created|active|updated|canceled|uncanceled|revoked|past_due|paused|resumed|cycled}. */
    record SubscriptionEvent(String type, Instant timestamp, PolarSubscription subscription) implements PolarEvent {
        @Override
        public <T> T match(Function<OrderEvent, T> orderEvent, Function<RefundEvent, T> refundEvent,
                Function<CheckoutEvent, T> checkoutEvent, Function<SubscriptionEvent, T> subscriptionEvent,
                Function<Unhandled, T> unhandled) {
            return subscriptionEvent.apply(this);
        }
    }

    /** A type Plara does not act on; the server acknowledges it with 2xx. */
    record Unhandled(String type, Instant timestamp) implements PolarEvent {
        @Override
        public <T> T match(Function<OrderEvent, T> orderEvent, Function<RefundEvent, T> refundEvent,
                Function<CheckoutEvent, T> checkoutEvent, Function<SubscriptionEvent, T> subscriptionEvent,
                Function<Unhandled, T> unhandled) {
            return unhandled.apply(this);
        }
    }
}
