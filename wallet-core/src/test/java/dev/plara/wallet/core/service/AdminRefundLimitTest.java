package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.ChargedAmounts;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RefundRequestResult;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RequestRefund;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin's refund is limited to what was paid less what was refunded, counted as Polar counts it, before Polar is asked. */
class AdminRefundLimitTest {

    private final CoreHarness h = CoreHarness.usd();

    private RefundRequestResult request(String orderId, Money amount) {
        return h.core.requestRefund().request(new RequestRefund(orderId, amount, "customer_request", "admin-1"));
    }

    @Test
    void afterAFullRefundASecondRequestIsRefusedWithoutAskingPolar() {
        h.creditPaidOrder("order_1", "alice", Money.usd(10_00));
        h.core.applyRefund().apply(CompletedRefund.untaxed("refund_1", "order_1", Money.usd(10_00), h.clock.tick()));

        var again = request("order_1", Money.usd(10_00));

        assertThat(again).isEqualTo(new RefundRequestResult.Refused("Nothing is left to refund on order order_1: it"
                + " paid 10.00 USD and 10.00 USD of it was refunded already."));
        assertThat(h.provider.refunds.requests).isEmpty();
    }

    @Test
    void aDepositWhosePriceHeldItsTaxCountsItsRefundsWithoutTheTaxAsPolarDoes() {
        var charged = new ChargedAmounts(Money.usd(8_33), Money.usd(1_67), Money.usd(10_00));
        h.core.confirmCardPayment().confirm(new PaidDeposit("order_1", null, "alice", "alice@example.org",
                Money.usd(10_00), charged, h.clock.tick()));
        h.core.applyRefund().apply(new CompletedRefund("refund_1", "order_1", Money.usd(4_17), Money.usd(83),
                h.clock.tick()));

        var tooMuch = request("order_1", Money.usd(4_17));
        request("order_1", Money.usd(4_16));

        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(5_00));
        assertThat(tooMuch).isEqualTo(new RefundRequestResult.Refused("At most 4.16 USD of order order_1 can be"
                + " refunded, not 4.17 USD: it paid 8.33 USD and 4.17 USD of it was refunded already."));
        assertThat(h.provider.refunds.requests).as("only the rest reaches Polar")
                .containsExactly("order_1 4.16 USD customer_request");
    }
}
