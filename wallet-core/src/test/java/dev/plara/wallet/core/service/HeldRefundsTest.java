package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.payment.UnmatchedRefund;
import dev.plara.wallet.core.domain.payment.UnmatchedRefundReason;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase.AssignPayment;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase.AssignResult;
import dev.plara.wallet.core.port.in.ReceiveWebhookUseCase.WebhookResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Refunds of orders Plara has not credited are held for their order, never lost, never retried forever. */
class HeldRefundsTest {

    private final CoreHarness h = CoreHarness.usd();

    private RefundResult refund(String refundId, String orderId, Money amount) {
        var refund = CompletedRefund.untaxed(refundId, orderId, amount, h.clock.tick());
        h.provider.recordRefund(refund);
        return h.core.applyRefund().apply(refund);
    }

    private AssignResult assign(String orderId, String user) {
        return h.core.assignUnmatchedPayment().assign(new AssignPayment(orderId, UserId.of(user), "admin-1", null));
    }

    private void parkPaidOrder(String orderId, Money amount) {
        var payment = h.paid(orderId, "stranger", amount);
        h.provider.recordPaid(new PaymentEvent.DepositPaid(payment), payment.paidAt());
        h.core.confirmCardPayment().confirm(payment);
    }

    @Test
    void aRefundOfAParkedPaymentIsKeptWithItSoAssigningItLaterCreatesNoMoney() {
        parkPaidOrder("order_1", Money.usd(20_00));

        var refunded = refund("refund_1", "order_1", Money.usd(20_00));
        var report = h.core.reconcile().reconcile();
        var assigned = assign("order_1", "alice");

        assertThat(refunded).isInstanceOf(RefundResult.Held.class);
        assertThat(assigned).isEqualTo(new AssignResult.Refused("Polar refunded 20.00 USD of order order_1, all of"
                + " the 20.00 USD it paid: nothing is left to credit."));
        assertThat(h.stores.ledger().cachedBalances()).as("no money created").isEmpty();
        var held = h.core.listUnmatchedPayments().refunds(true, PageRequest.first(10)).items();
        assertThat(held).extracting(UnmatchedRefund::orderId, UnmatchedRefund::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order_1", UnmatchedRefundReason.PAYMENT_PARKED));
        assertThat(report.findings()).contains(new Finding(FindingKind.REFUND_NOT_APPLIED, "order_1",
                held.get(0).detail()));
    }

    @Test
    void aPartlyRefundedParkedPaymentCreditsOnlyWhatIsLeftOnceAssigned() {
        parkPaidOrder("order_1", Money.usd(20_00));
        refund("refund_1", "order_1", Money.usd(5_00));

        var assigned = assign("order_1", "alice");

        assertThat(assigned).isInstanceOf(AssignResult.Assigned.class);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(15_00));
        assertThat(refund("refund_1", "order_1", Money.usd(5_00))).isInstanceOf(RefundResult.AlreadyApplied.class);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(15_00));
        assertThat(h.core.listUnmatchedPayments().refunds(true, PageRequest.first(10)).total()).isZero();
        assertThat(h.core.auditLedger().audit().clean()).isTrue();
    }

    @Test
    void aRefundOfAnOrderNeverSeenIsHeldInsteadOfRetriedAndAppliedOnceWhenTheOrderArrives() {
        var refund = new PaymentEvent.RefundCompleted(CompletedRefund.untaxed("refund_1", "order_9", Money.usd(3_00),
                h.clock.tick()));

        var received = h.core.receiveWebhook().receive(h.provider.delivery("msg_refund", refund));
        assertThat(received).isInstanceOf(WebhookResult.Applied.class);
        assertThat(h.stores.inbox().find("msg_refund").orElseThrow().status()).isEqualTo(InboxStatus.APPLIED);
        var held = h.core.listUnmatchedPayments().refunds(true, PageRequest.first(10)).items();
        assertThat(held).extracting(UnmatchedRefund::reason).containsExactly(UnmatchedRefundReason.ORDER_UNKNOWN);

        h.core.receiveWebhook().receive(h.provider.delivery("msg_paid",
                new PaymentEvent.DepositPaid(h.paid("order_9", "alice", Money.usd(10_00)))));
        h.core.receiveWebhook().receive(h.provider.delivery("msg_refund_again", refund));
        h.core.sweep().sweep();

        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(7_00));
        assertThat(h.core.listUnmatchedPayments().refunds(true, PageRequest.first(10)).total()).isZero();
        assertThat(h.core.auditLedger().audit().clean()).isTrue();
    }

    @Test
    void aRefundHeldForAnOrderThatReconciliationFindsLaterIsAppliedOnceAfterTheCredit() {
        refund("refund_1", "order_8", Money.usd(4_00));
        var payment = h.paid("order_8", "alice", Money.usd(10_00));
        h.provider.recordPaid(new PaymentEvent.DepositPaid(payment), payment.paidAt());

        var first = h.core.reconcile().reconcile();
        var second = h.core.reconcile().reconcile();

        assertThat(first.credited()).isEqualTo(1);
        assertThat(second.credited()).isZero();
        assertThat(second.clean()).isTrue();
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(6_00));
        assertThat(h.core.listUnmatchedPayments().refunds(true, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void aFullRefundHeldForAProductOrderRevokesItsAccessWhenTheOrderArrives() {
        refund("refund_1", "order_7", Money.usd(19_00));

        h.core.fulfilProductOrder().fulfil(new PaidProductOrder("order_7", null, "alice", "alice@example.org",
                "prod_ebook", "The Ebook", Money.usd(19_00), null, h.clock.tick()));

        assertThat(h.core.findRefundableOrders().order("order_7").orElseThrow().remaining()).isEqualTo(Money.usd(0));
        assertThat(h.core.listUnmatchedPayments().refunds(true, PageRequest.first(10)).total()).isZero();
    }
}
