package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.ledger.ConvertedPayment;
import dev.plara.wallet.core.domain.ledger.EntryKind;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.UnmatchedRefundReason;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RefundRequestResult;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RequestRefund;
import dev.plara.wallet.core.port.out.RefundGateway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefundServiceTest {

    private final CoreHarness h = CoreHarness.usd();

    private RefundResult refund(String refundId, String orderId, Money amount) {
        return h.core.applyRefund().apply(CompletedRefund.untaxed(refundId, orderId, amount, h.clock.tick()));
    }

    @Test
    void aDepositRefundIsDebitedOnceFromTheWallet() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", "alice", Money.usd(10_00)));

        var first = refund("refund_1", "order_1", Money.usd(4_00));
        var again = refund("refund_1", "order_1", Money.usd(4_00));

        assertThat(first).isInstanceOfSatisfying(RefundResult.Debited.class, debited -> {
            assertThat(debited.posted().entry().kind()).isEqualTo(EntryKind.REFUND);
            assertThat(debited.posted().balanceAfter()).isEqualTo(Money.usd(6_00));
        });
        assertThat(again).isInstanceOf(RefundResult.AlreadyApplied.class);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(6_00));
    }

    @Test
    void aRefundOfMoneyAlreadySpentOverdrawsAndFlagsTheWallet() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", "alice", Money.usd(10_00)));
        h.core.purchaseContent().purchase(new PurchaseContent(UserId.of("alice"), CoreHarness.PLAN));

        var result = refund("refund_1", "order_1", Money.usd(10_00));

        assertThat(((RefundResult.Debited) result).posted().balanceAfter()).isEqualTo(Money.usd(-9_00));
        assertThat(h.core.viewWallet().balances(UserId.of("alice")).get(0).overdrawn()).isTrue();
    }

    @Test
    void aConvertedDepositIsRefundedAtTheRateItWasCreditedAt() {
        var etb = CoreHarness.etbWalletsPaidInUsd();
        etb.core.confirmCardPayment().confirm(etb.paid("order_1", "alice", Money.usd(10_00)));

        var result = etb.core.applyRefund().apply(CompletedRefund.untaxed("refund_1", "order_1", Money.usd(2_00),
                etb.clock.tick()));

        var entry = ((RefundResult.Debited) result).posted().entry();
        assertThat(entry.amount()).isEqualTo(Money.etb(115_00));
        assertThat(entry.facts().paidBeforeConversion().map(ConvertedPayment::paid)).contains(Money.usd(2_00));
        assertThat(etb.balanceOf("alice")).isEqualTo(Money.etb(460_00));
    }

    @Test
    void aFullRefundOfADirectPurchaseRevokesItsAccessAndAPartialOneDoesNot() {
        h.core.fulfilProductOrder().fulfil(new PaidProductOrder("order_7", null, "alice", "alice@example.org",
                "prod_ebook", "The Ebook", Money.usd(19_00), null, h.clock.tick()));

        var partial = refund("refund_1", "order_7", Money.usd(9_00));
        assertThat(((RefundResult.OrderRefunded) partial).grant().status()).isEqualTo(GrantStatus.ACTIVE);

        var rest = refund("refund_2", "order_7", Money.usd(10_00));
        assertThat(((RefundResult.OrderRefunded) rest).grant().status()).isEqualTo(GrantStatus.REVOKED);
        assertThat(h.holdsProduct(UserId.of("alice"), "prod_ebook")).isFalse();
    }

    @Test
    void aRefundOfAnOrderNotSeenYetOrOfAParkedOrderIsHeldAndTakesNothingYet() {
        h.core.confirmCardPayment().confirm(h.paid("order_parked", "stranger", Money.usd(10_00)));

        var unseen = refund("refund_1", "order_future", Money.usd(1_00));
        var parked = refund("refund_2", "order_parked", Money.usd(1_00));

        assertThat(unseen).isInstanceOfSatisfying(RefundResult.Held.class, held -> assertThat(held.refund().reason())
                .isEqualTo(UnmatchedRefundReason.ORDER_UNKNOWN));
        assertThat(parked).isInstanceOfSatisfying(RefundResult.Held.class, held -> assertThat(held.refund().reason())
                .isEqualTo(UnmatchedRefundReason.PAYMENT_PARKED));
        assertThat(h.stores.ledger().cachedBalances()).isEmpty();
    }

    @Test
    void refundRequestsAreCheckedBeforeThePaymentProviderIsAsked() {
        h.creditPaidOrder("order_1", "alice", Money.usd(10_00));
        var requests = h.core.requestRefund();

        assertThat(requests.request(new RequestRefund("order_1", Money.usd(10_01), "customer_request", "admin")))
                .isEqualTo(new RefundRequestResult.Refused("At most 10.00 USD of order order_1 can be"
                        + " refunded, not 10.01 USD: it paid 10.00 USD and 0.00 USD of it was refunded already."));
        assertThat(requests.request(new RequestRefund("order_x", Money.usd(1_00), "customer_request", "admin")))
                .isEqualTo(new RefundRequestResult.Refused("Plara has no paid order order_x: check the order id, or"
                        + " wait until its payment is credited."));
        assertThat(requests.request(new RequestRefund("order_1", Money.usd(0), "customer_request", "admin")))
                .isInstanceOf(RefundRequestResult.Refused.class);
        assertThat(h.provider.refunds.requests).isEmpty();

        assertThat(requests.request(new RequestRefund("order_1", Money.usd(5_00), "customer_request", "admin")))
                .isInstanceOf(RefundRequestResult.Requested.class);
        h.provider.refunds.answer(new RefundGateway.ProviderRefundResult.Refused("RefundedAlready"));
        assertThat(requests.request(new RequestRefund("order_1", Money.usd(5_00), "customer_request", "admin")))
                .isEqualTo(new RefundRequestResult.Refused("RefundedAlready"));
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }

    @Test
    void aRefundThePaymentProviderMayHaveMadeWithoutConfirmingItIsNotARefusal() {
        h.creditPaidOrder("order_1", "alice", Money.usd(10_00));
        h.provider.refunds.answer(new RefundGateway.ProviderRefundResult.Unconfirmed("Polar answered 503: try later"));

        var result = h.core.requestRefund().request(new RequestRefund("order_1", Money.usd(4_00), "customer_request",
                "admin"));

        assertThat(result).isEqualTo(new RefundRequestResult.Unconfirmed("order_1", Money.usd(4_00),
                "Polar answered 503: try later"));
        assertThat(((RefundRequestResult.Unconfirmed) result).advice()).contains("4.00 USD on order order_1",
                "may already exist at Polar", "Check the order at Polar", "refund webhook or the next reconciliation",
                "before asking again");
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }
}
