package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Partial refunds of a converted deposit are converted on their running total, so together they take back the whole. */
class ConvertedRefundsTest {

    private final CoreHarness etb = CoreHarness.etbWalletsPaidInUsd();

    private RefundResult refund(String refundId, Money amount) {
        return etb.core.applyRefund().apply(CompletedRefund.untaxed(refundId, "order_1", amount, etb.clock.tick()));
    }

    private static Money debited(RefundResult result) {
        return ((RefundResult.Debited) result).posted().entry().amount();
    }

    @Test
    void oneDollarCreditedAs57Birr50AndRefundedInThreePartsLeavesNothingBehind() {
        etb.core.confirmCardPayment().confirm(etb.paid("order_1", "alice", Money.usd(1_00)));
        assertThat(etb.balanceOf("alice")).isEqualTo(Money.etb(57_50));

        var first = refund("refund_1", Money.usd(33));
        var second = refund("refund_2", Money.usd(33));
        var again = refund("refund_2", Money.usd(33));
        var last = refund("refund_3", Money.usd(34));

        assertThat(debited(first)).isEqualTo(Money.etb(18_97));
        assertThat(debited(second)).as("0.66 USD is 37.95 ETB, less the 18.97 taken").isEqualTo(Money.etb(18_98));
        assertThat(again).isInstanceOf(RefundResult.AlreadyApplied.class);
        assertThat(debited(last)).as("the part that completes the order takes the rest").isEqualTo(Money.etb(19_55));
        assertThat(etb.balanceOf("alice")).isEqualTo(Money.etb(0));
        assertThat(etb.core.auditLedger().audit().clean()).isTrue();
    }
}
