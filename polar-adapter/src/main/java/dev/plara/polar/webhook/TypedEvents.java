package dev.plara.polar.webhook;

import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarRefund;
import dev.plara.polar.model.PolarSubscription;

import java.time.Instant;

/** Which Polar model an event type's data is read into, and the typed event that data makes. */
final class TypedEvents {

    private TypedEvents() {
    }

    /** The type an event's data is read into, {@code null} for a type Plara does not act on. */
    static Class<?> dataType(String type) {
        if (PolarEvent.ORDER_TYPES.contains(type)) {
            return PolarOrder.class;
        }
        if (PolarEvent.REFUND_TYPES.contains(type)) {
            return PolarRefund.class;
        }
        if (PolarEvent.CHECKOUT_TYPES.contains(type)) {
            return PolarCheckout.class;
        }
        return PolarEvent.SUBSCRIPTION_TYPES.contains(type) ? PolarSubscription.class : null;
    }

    static PolarEvent typed(String type, Instant timestamp, Object data) {
        if (data instanceof PolarOrder order) {
            return new PolarEvent.OrderEvent(type, timestamp, order);
        }
        if (data instanceof PolarRefund refund) {
            return new PolarEvent.RefundEvent(type, timestamp, refund);
        }
        if (data instanceof PolarCheckout checkout) {
            return new PolarEvent.CheckoutEvent(type, timestamp, checkout);
        }
        if (data instanceof PolarSubscription subscription) {
            return new PolarEvent.SubscriptionEvent(type, timestamp, subscription);
        }
        return new PolarEvent.Unhandled(type, timestamp);
    }
}
