package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.DisputeStatus;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.reconciliation.ReconciliationReport;
import dev.plara.wallet.core.fixtures.CoreHarness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lost dispute gets exactly one "dispute lost" finding, from the run that first finds its money taken back, whichever
 * path wrote the debit: the run itself, the sweep finishing a debit a crash left reserved, a later run retrying it, or
 * the credit of an order the dispute was held for; the money is taken back once.
 */
class LostDisputeFindingTest {

    private final CoreHarness h = CoreHarness.usd();

    private void lost(String orderId) {
        lost(orderId, Money.usd(10_00));
    }

    private void lost(String orderId, Money amount) {
        var now = h.clock.tick();
        h.provider.history.recordDispute(new Dispute("dp_1", orderId, DisputeStatus.LOST, amount,
                Money.usd(0), now.plus(Duration.ofDays(7)), now));
    }

    private static long disputeFindings(ReconciliationReport... reports) {
        return Stream.of(reports).flatMap(report -> report.findings().stream())
                .filter(finding -> finding.kind() == FindingKind.DISPUTE_LOST).count();
    }

    @Test
    void whenTheSweepWritesTheDebitACrashLeftReservedTheNextRunRaisesTheFinding() {
        h.creditPaidOrder("order_1", "alice", Money.usd(10_00));
        lost("order_1");
        var crashed = CrashingCore.failingOnceToWrite(h, "dispute_dp_1").reconcile().reconcile();
        h.clock.advance(Duration.ofMinutes(2));
        h.core.sweep().sweep();
        assertThat(h.balanceOf("alice")).as("the sweep wrote the debit").isEqualTo(Money.usd(0));

        var next = h.core.reconcile().reconcile();
        var after = h.core.reconcile().reconcile();

        assertThat(disputeFindings(crashed)).isZero();
        assertThat(disputeFindings(next)).isEqualTo(1);
        assertThat(disputeFindings(after)).isZero();
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(0));
    }

    @Test
    void whenTheFirstRunFailsToWriteTheDebitTheRunThatWritesItRaisesTheFinding() {
        h.creditPaidOrder("order_1", "alice", Money.usd(10_00));
        lost("order_1");
        var crashed = CrashingCore.failingOnceToWrite(h, "dispute_dp_1").reconcile().reconcile();

        var next = h.core.reconcile().reconcile();
        var after = h.core.reconcile().reconcile();

        assertThat(disputeFindings(crashed, after)).isZero();
        assertThat(disputeFindings(next)).isEqualTo(1);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(0));
    }

    @Test
    void whenTheDisputeWasHeldForAnOrderNotCreditedYetTheRunAfterTheCreditRaisesTheFinding() {
        lost("order_1");
        var held = h.core.reconcile().reconcile();
        h.creditPaidOrder("order_1", "alice", Money.usd(10_00));
        assertThat(h.balanceOf("alice")).as("the credit applied the held dispute").isEqualTo(Money.usd(0));

        var next = h.core.reconcile().reconcile();
        var after = h.core.reconcile().reconcile();

        assertThat(disputeFindings(held, after)).isZero();
        assertThat(disputeFindings(next)).isEqualTo(1);
    }

    @Test
    void aLostDisputeWhoseTakeBackConflictsWithWhatWasReservedIsReportedOnceWithWhy() {
        h.creditPaidOrder("order_1", "alice", Money.usd(10_00));
        lost("order_1");
        var crashed = CrashingCore.failingOnceToWrite(h, "dispute_dp_1").reconcile().reconcile();
        lost("order_1", Money.usd(8_00));

        var next = h.core.reconcile().reconcile();
        var after = h.core.reconcile().reconcile();

        assertThat(disputeFindings(crashed, after)).isZero();
        assertThat(next.findings()).filteredOn(finding -> finding.kind() == FindingKind.DISPUTE_LOST).singleElement()
                .satisfies(finding -> assertThat(finding.detail()).contains("dp_1", "before and is now reported as"));
    }

    @Test
    void aLostDisputeOfAnOrderAlreadyRefundedInFullTakesNothingBackAndSaysWhyOnce() {
        h.creditPaidOrder("order_1", "alice", Money.usd(10_00));
        h.core.applyRefund().apply(CompletedRefund.untaxed("refund_1", "order_1", Money.usd(10_00), h.clock.tick()));
        lost("order_1");

        var first = h.core.reconcile().reconcile();
        var after = h.core.reconcile().reconcile();

        assertThat(h.balanceOf("alice")).as("nothing taken twice").isEqualTo(Money.usd(0));
        assertThat(first.disputesApplied()).isZero();
        assertThat(first.findings()).filteredOn(finding -> finding.kind() == FindingKind.DISPUTE_LOST).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.orderId()).isEqualTo("order_1");
                    assertThat(finding.detail()).contains("dp_1", "took nothing back", "already");
                });
        assertThat(disputeFindings(after)).isZero();
    }
}
