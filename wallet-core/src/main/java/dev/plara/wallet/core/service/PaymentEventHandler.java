package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase.SubscriptionResult;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase.FulfilmentResult;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase;

/** Hands a decoded provider event to the use case it asks for, and says in one line what that did. */
public final class PaymentEventHandler {

    private final ConfirmCardPaymentUseCase deposits;
    private final FulfilProductOrderUseCase orders;
    private final ChangeSubscriptionUseCase subscriptions;
    private final ApplyRefundUseCase refunds;

    public PaymentEventHandler(ConfirmCardPaymentUseCase deposits, FulfilProductOrderUseCase orders,
                               ChangeSubscriptionUseCase subscriptions, ApplyRefundUseCase refunds) {
        this.deposits = deposits;
        this.orders = orders;
        this.subscriptions = subscriptions;
        this.refunds = refunds;
    }

    HandlingResult handle(PaymentEvent event) {
        return event.match(
                this::deposit,
                paid -> product(orders.fulfil(paid.order())),
                changed -> subscription(subscriptions.apply(changed.change())),
                refund -> refund(refunds.apply(refund.refund())),
                ignored -> HandlingResult.ignored("ignored: " + ignored.why()),
                malformed -> HandlingResult.retry("Plara cannot read this event: " + malformed.why() + ". Check that"
                        + " the payment provider sends the webhook format this Plara version reads; Plara tries again"
                        + " on its own."));
    }

    private HandlingResult deposit(PaymentEvent.DepositPaid paid) {
        var order = "order " + paid.payment().orderId() + " " + paid.payment().price() + ": ";
        return deposits.confirm(paid.payment()).match(
                credited -> HandlingResult.applied(order + "credited " + credited.posted().entry().amount() + " to "
                        + credited.posted().entry().wallet()),
                repeat -> HandlingResult.applied(order + "already credited"),
                parked -> HandlingResult.applied(order + "parked as unmatched (" + parked.payment().reason() + ": "
                        + parked.payment().detail() + ")"));
    }

    private static HandlingResult product(FulfilmentResult result) {
        return result.match(
                done -> HandlingResult.applied("order " + done.order().orderId() + " " + done.order().amount()
                        + ": fulfilled " + done.order().productName() + " for " + done.order().owner()),
                before -> HandlingResult.applied("order " + before.order().orderId() + ": already fulfilled"));
    }

    private static HandlingResult subscription(SubscriptionResult result) {
        return result.match(
                changed -> HandlingResult.applied("subscription " + changed.grant().source().ref() + ": "
                        + changed.grant().title() + " for " + changed.grant().user() + " is "
                        + changed.grant().status() + (changed.grant().validUntil() == null ? ""
                        : " until " + changed.grant().validUntil())),
                stale -> HandlingResult.applied("subscription " + stale.subscriptionId()
                        + ": older than the last change applied, ignored"));
    }

    private static HandlingResult refund(RefundResult result) {
        return result.match(
                debited -> HandlingResult.applied("refund debited " + debited.posted().entry().amount() + " from "
                        + debited.posted().entry().wallet() + ", balance " + debited.posted().balanceAfter()),
                repeat -> HandlingResult.applied("refund already applied"),
                conflict -> HandlingResult.ignored("refund conflicts with " + conflict.key() + ": "
                        + conflict.reason()),
                refunded -> HandlingResult.applied("order " + refunded.order().orderId() + " refunded "
                        + refunded.order().refunded()),
                none -> HandlingResult.applied("order " + none.orderId() + ": nothing of it is left in the wallet to"
                        + " take back"),
                held -> HandlingResult.applied("refund held as unmatched: " + held.refund().detail()));
    }

    /** What handling an event did: applied, ignored, or to be retried later. */
    record HandlingResult(String summary, boolean applied, boolean retry) {
        static HandlingResult applied(String summary) {
            return new HandlingResult(summary, true, false);
        }

        static HandlingResult ignored(String summary) {
            return new HandlingResult(summary, false, false);
        }

        static HandlingResult retry(String summary) {
            return new HandlingResult(summary, false, true);
        }
    }
}
