package dev.plara.wallet.core.service;

import dev.plara.wallet.core.port.in.ApplyRefundUseCase;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase.SubscriptionResult;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase.CardPaymentResult;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase.FulfilmentResult;
import dev.plara.wallet.core.port.in.PaymentEvent;

/** Hands a decoded provider event to the use case it asks for, and says in one line what that did. */
final class PaymentEventHandler {

    private final ConfirmCardPaymentUseCase deposits;
    private final FulfilProductOrderUseCase orders;
    private final ChangeSubscriptionUseCase subscriptions;
    private final ApplyRefundUseCase refunds;

    PaymentEventHandler(ConfirmCardPaymentUseCase deposits, FulfilProductOrderUseCase orders,
                        ChangeSubscriptionUseCase subscriptions, ApplyRefundUseCase refunds) {
        this.deposits = deposits;
        this.orders = orders;
        this.subscriptions = subscriptions;
        this.refunds = refunds;
    }

    Outcome handle(PaymentEvent event) {
        if (event instanceof PaymentEvent.DepositPaid paid) {
            return deposit(paid);
        }
        if (event instanceof PaymentEvent.ProductPaid paid) {
            return product(orders.fulfil(paid.order()));
        }
        if (event instanceof PaymentEvent.SubscriptionChanged changed) {
            return subscription(subscriptions.apply(changed.change()));
        }
        if (event instanceof PaymentEvent.RefundCompleted refund) {
            return refund(refunds.apply(refund.refund()));
        }
        if (event instanceof PaymentEvent.Ignored ignored) {
            return Outcome.ignored("ignored: " + ignored.why());
        }
        return Outcome.retry("malformed: " + ((PaymentEvent.Malformed) event).why());
    }

    private Outcome deposit(PaymentEvent.DepositPaid paid) {
        var order = "order " + paid.payment().orderId() + " " + paid.payment().netAmount() + ": ";
        var result = deposits.confirm(paid.payment());
        if (result instanceof CardPaymentResult.Credited credited) {
            var entry = credited.posted().entry();
            return Outcome.applied(order + "credited " + entry.amount() + " to " + entry.wallet());
        }
        if (result instanceof CardPaymentResult.Parked parked) {
            return Outcome.applied(order + "parked as unmatched (" + parked.payment().reason() + ": "
                    + parked.payment().detail() + ")");
        }
        return Outcome.applied(order + "already credited");
    }

    private static Outcome product(FulfilmentResult result) {
        if (result instanceof FulfilmentResult.Fulfilled done) {
            return Outcome.applied("order " + done.order().orderId() + " " + done.order().amount() + ": fulfilled "
                    + done.order().productName() + " for " + done.order().owner());
        }
        return Outcome.applied("order " + ((FulfilmentResult.AlreadyFulfilled) result).order().orderId()
                + ": already fulfilled");
    }

    private static Outcome subscription(SubscriptionResult result) {
        if (result instanceof SubscriptionResult.Changed changed) {
            var access = changed.entitlement();
            return Outcome.applied("access to " + access.item() + " for " + access.user() + " is " + access.status());
        }
        return Outcome.applied("subscription " + ((SubscriptionResult.Stale) result).subscriptionId()
                + ": older than the last change applied, ignored");
    }

    private static Outcome refund(RefundResult result) {
        if (result instanceof RefundResult.Debited debited) {
            var posted = debited.posted();
            return Outcome.applied("refund debited " + posted.entry().amount() + " from " + posted.entry().wallet()
                    + ", balance " + posted.balanceAfter());
        }
        if (result instanceof RefundResult.OrderRefunded refunded) {
            return Outcome.applied("order " + refunded.order().orderId() + " refunded " + refunded.order().refunded());
        }
        if (result instanceof RefundResult.Conflicting conflict) {
            return Outcome.ignored("refund conflicts with " + conflict.existing().key() + ": " + conflict.reason());
        }
        if (result instanceof RefundResult.NothingCredited none) {
            return Outcome.applied("order " + none.orderId() + " was never credited; nothing to take back");
        }
        if (result instanceof RefundResult.OrderNotYetKnown unknown) {
            return Outcome.retry("order " + unknown.orderId() + " not seen paid yet; will retry");
        }
        return Outcome.applied("refund already applied");
    }

    /** What handling an event did: applied, ignored, or to be retried later. */
    record Outcome(String summary, boolean applied, boolean retry) {
        static Outcome applied(String summary) {
            return new Outcome(summary, true, false);
        }

        static Outcome ignored(String summary) {
            return new Outcome(summary, false, false);
        }

        static Outcome retry(String summary) {
            return new Outcome(summary, false, true);
        }
    }
}
