package dev.plara.polar.webhook;

import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarRefund;
import dev.plara.polar.model.PolarSubscription;

import java.time.Instant;
import java.util.Set;

/** A Polar webhook event, typed for what Plara acts on; any other type is {@link Unhandled} (to acknowledge). */
public sealed interface PolarEvent {

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
    }

    /** {@code refund.created|updated}. */
    record RefundEvent(String type, Instant timestamp, PolarRefund refund) implements PolarEvent {
    }

    /** {@code checkout.updated}. */
    record CheckoutEvent(String type, Instant timestamp, PolarCheckout checkout) implements PolarEvent {
    }

    /** {@code subscription.created|active|updated|canceled|uncanceled|revoked|past_due|paused|resumed|cycled}. */
    record SubscriptionEvent(String type, Instant timestamp, PolarSubscription subscription) implements PolarEvent {
    }

    /** A type Plara does not act on; the server acknowledges it with 2xx. */
    record Unhandled(String type, Instant timestamp) implements PolarEvent {
    }
}
