package dev.plara.polar.webhook;

import dev.plara.polar.model.PolarMoney;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarRefund;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaymentEvent;

import java.time.Instant;
import java.util.Objects;

/**
 * Turns Polar events into core commands: {@code order.paid} into a deposit credit or an order fulfilment, a succeeded
 * refund into a refund to apply, subscription changes into access changes; everything else into an
 * {@link PaymentEvent.Ignored} that says why.
 */
public final class PolarEventTranslator {

    private final PaidOrderTranslator orders;
    private final SubscriptionTranslator subscriptions = new SubscriptionTranslator();

    /** @param topUpProductId the Polar product whose orders are wallet deposits when their metadata names no purpose */
    public PolarEventTranslator(String topUpProductId) {
        this.orders = new PaidOrderTranslator(Objects.requireNonNull(topUpProductId, "top-up product id"),
                subscriptions);
    }

    public PaymentEvent translate(PolarEvent event) {
        return event.match(
                order -> "order.paid".equals(order.type()) ? orders.translate(order.order())
                        : new PaymentEvent.Ignored(order.type() + ": only order.paid moves money (refunds come as"
                        + " refund.*)"),
                refund -> refund(refund.refund()),
                checkout -> new PaymentEvent.Ignored("checkout.updated (" + checkout.checkout().status()
                        + "): a checkout's progress is read from Polar; money moves on order.paid"),
                change -> subscriptions.translate(change.type(), change.subscription()),
                unhandled -> new PaymentEvent.Ignored(unhandled.type() + " is not an event Plara acts on"));
    }

    /** A paid order read back from Polar's API (reconciliation), translated exactly as its {@code order.paid}. */
    public PaymentEvent paidOrder(PolarOrder order) {
        return orders.translate(order);
    }

    /** A subscription read back from Polar's API (reconciliation), translated exactly as its webhooks. */
    public PaymentEvent subscription(PolarSubscription subscription) {
        return subscriptions.translate("the listing", subscription);
    }

    /** A refund, from a webhook or read back from Polar's API (reconciliation), translated the same way. */
    public PaymentEvent refund(PolarRefund refund) {
        if (!"succeeded".equals(refund.status())) {
            return new PaymentEvent.Ignored("refund " + refund.id() + " is " + refund.status() + ", not succeeded");
        }
        if (refund.amount() <= 0) {
            return new PaymentEvent.Ignored("refund " + refund.id() + " is of no amount");
        }
        Instant at = refund.modifiedAt() != null ? refund.modifiedAt() : refund.createdAt();
        return new PaymentEvent.RefundCompleted(new CompletedRefund(refund.id(), refund.orderId(),
                PolarMoney.of(refund.amount(), refund.currency()), PolarMoney.of(refund.taxAmount(), refund.currency()),
                at));
    }
}
