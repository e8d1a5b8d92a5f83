package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.RefundableOrder;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RefundRequestResult;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RequestRefund;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefundableOrdersTest {

    private final CoreHarness h = CoreHarness.usd();

    private void refund(String refundId, String orderId, Money amount) {
        h.core.applyRefund().apply(new CompletedRefund(refundId, orderId, amount, Money.zero(amount.currency()), h.clock.tick()));
    }

    @Test
    void aUsersDepositsAndPurchasesAreListedNewestFirstWithWhatIsLeftToRefund() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", "alice", Money.usd(100_00)));
        h.core.fulfilProductOrder().fulfil(new PaidProductOrder("order_2", null, "alice", "alice@example.org",
                "prod_ebook", "The Ebook", Money.usd(19_00), null, h.clock.tick()));
        h.core.confirmCardPayment().confirm(h.paid("order_3", "bob", Money.usd(5_00)));
        h.core.purchaseContent().purchase(new PurchaseContent(UserId.of("alice"), CoreHarness.VIDEO));
        refund("refund_1", "order_1", Money.usd(40_00));
        refund("refund_2", "order_1", Money.usd(10_00));
        refund("refund_3", "order_2", Money.usd(19_00));

        var orders = h.core.findRefundableOrders().ofUser(UserId.of("alice"));

        assertThat(orders).extracting(RefundableOrder::orderId).containsExactly("order_2", "order_1");
        assertThat(orders.get(0).what()).isEqualTo("The Ebook");
        assertThat(orders.get(0).remaining()).isEqualTo(Money.usd(0));
        assertThat(orders.get(1).walletDeposit()).isTrue();
        assertThat(orders.get(1).paid()).isEqualTo(Money.usd(100_00));
        assertThat(orders.get(1).refunded()).isEqualTo(Money.usd(50_00));
        assertThat(orders.get(1).remaining()).isEqualTo(Money.usd(50_00));
        assertThat(h.core.findRefundableOrders().order("order_1")).contains(orders.get(1));
        assertThat(h.core.findRefundableOrders().order("order_404")).isEmpty();
        assertThat(h.core.findRefundableOrders().ofUser(UserId.of("carol"))).isEmpty();
    }

    @Test
    void aRefundRequestCannotAskForMoreThanTheEarlierRefundsLeft() {
        h.creditPaidOrder("order_1", "alice", Money.usd(100_00));
        refund("refund_1", "order_1", Money.usd(70_00));

        var tooMuch = h.core.requestRefund().request(new RequestRefund("order_1", Money.usd(30_01), "again", "admin"));
        var rest = h.core.requestRefund().request(new RequestRefund("order_1", Money.usd(30_00), "the rest", "admin"));

        assertThat(tooMuch).isEqualTo(new RefundRequestResult.Refused("At most 30.00 USD of order order_1 can be refunded,"
                + " not 30.01 USD: it paid 100.00 USD and 70.00 USD of it was refunded already."));
        assertThat(rest).isInstanceOf(RefundRequestResult.Requested.class);
    }

    @Test
    void overdrawnWalletsAreListedDeepestFirst() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", "alice", Money.usd(10_00)));
        h.core.confirmCardPayment().confirm(h.paid("order_2", "bob", Money.usd(10_00)));
        h.core.confirmCardPayment().confirm(h.paid("order_3", "carol", Money.usd(10_00)));
        h.core.purchaseContent().purchase(new PurchaseContent(UserId.of("alice"), CoreHarness.PLAN));
        h.core.purchaseContent().purchase(new PurchaseContent(UserId.of("bob"), CoreHarness.VIDEO));
        refund("refund_1", "order_1", Money.usd(10_00));
        refund("refund_2", "order_2", Money.usd(10_00));

        var overdrawn = h.core.listOverdrawnWallets().overdrawn();

        assertThat(overdrawn).extracting(wallet -> wallet.wallet().owner().value()).containsExactly("alice", "bob");
        assertThat(overdrawn.get(0).balance()).isEqualTo(Money.usd(-9_00));
    }
}
