package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.CardDepositFacts;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.RefundPart;
import dev.plara.wallet.core.domain.ledger.RefundTally;
import dev.plara.wallet.core.domain.money.Conversion;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import dev.plara.wallet.core.port.out.Overdraft;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each refund's share of its order is reserved on the order's tally, zero shares and unfinished ones included. */
class RefundTallyTest {

    private final CoreHarness h = CoreHarness.usd();

    @Test
    void partsThatEachConvertToNothingStillCountSoTheirRunningTotalTakesItsCent() {
        var paid = Money.etb(100_00);
        var toUsd = new Conversion(paid.currency(), Money.usd(0).currency(), new BigDecimal("0.0174"));
        h.stores.ledger().append(new LedgerEntry(IdempotencyKey.polarOrder("order_etb"),
                Account.polarClearing(Money.usd(0).currency()), Account.wallet(UserId.of("alice"), toUsd.to()),
                toUsd.apply(paid), CardDepositFacts.of("order_etb", "alice@example.org", toUsd, paid),
                h.clock.tick()), Overdraft.FORBIDDEN);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(1_74));

        for (int part = 1; part <= 58; part++) {
            var result = h.core.applyRefund().apply(CompletedRefund.untaxed("refund_" + part, "order_etb",
                    Money.etb(1), h.clock.tick()));
            assertThat(result).as("part %d", part).isInstanceOf(part < 58 ? RefundResult.NothingCredited.class
                    : RefundResult.Debited.class);
        }

        assertThat(h.balanceOf("alice")).as("0.58 ETB at 0.0174 is 0.01 USD").isEqualTo(Money.usd(1_73));
    }

    @Test
    void aRefundWhoseDebitFailedAfterItsShareWasReservedKeepsItsShareAndAppendsItWhenTriedAgain() {
        var crashing = coreFailingOnceToWrite("refund_1");
        var refund = CompletedRefund.untaxed("refund_1", "order_1", Money.usd(10_00), h.clock.tick());
        var dispute = CompletedRefund.untaxed("dispute_dp_1", "order_1", Money.usd(10_00), h.clock.tick());

        assertThatThrownBy(() -> crashing.applyRefund().apply(refund)).isInstanceOf(IllegalStateException.class);
        var disputeResult = h.core.applyRefund().apply(dispute);
        var retried = h.core.applyRefund().apply(refund);

        assertThat(disputeResult).as("the reserved share counts before its debit is written")
                .isInstanceOf(RefundResult.NothingCredited.class);
        assertThat(retried).isInstanceOfSatisfying(RefundResult.Debited.class, debited ->
                assertThat(debited.posted().entry().amount()).isEqualTo(Money.usd(10_00)));
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(0));
        assertThat(h.core.auditLedger().audit().clean()).isTrue();
    }

    @Test
    void aRefundReportedAgainWithAnotherAmountAfterItsShareWasReservedIsAConflictAndKeepsItsReservation() {
        var crashing = coreFailingOnceToWrite("refund_1");
        assertThatThrownBy(() -> crashing.applyRefund().apply(CompletedRefund.untaxed("refund_1", "order_1",
                Money.usd(4_00), h.clock.tick()))).isInstanceOf(IllegalStateException.class);

        var changed = h.core.applyRefund().apply(CompletedRefund.untaxed("refund_1", "order_1", Money.usd(7_00),
                h.clock.tick()));

        assertThat(changed).isInstanceOfSatisfying(RefundResult.Conflicting.class, conflict -> assertThat(
                conflict.reason()).contains("refund_1").contains("4.00").contains("7.00"));
        assertThat(h.balanceOf("alice")).as("nothing debited at either amount").isEqualTo(Money.usd(10_00));
        assertThat(h.stores.refundTallies().open(h.clock.instant().plusSeconds(1), 10)).as("the reservation stays for the sweep").hasSize(1);
    }

    @Test
    void theSweepWritesADebitACrashLeftReservedAndThenLeavesTheTallyAlone() {
        var crashing = coreFailingOnceToWrite("refund_1");
        var refund = CompletedRefund.untaxed("refund_1", "order_1", Money.usd(4_00), h.clock.tick());
        assertThatThrownBy(() -> crashing.applyRefund().apply(refund)).isInstanceOf(IllegalStateException.class);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
        h.core.sweep().sweep();
        assertThat(h.balanceOf("alice")).as("a reservation just saved may be a live refund's").isEqualTo(
                Money.usd(10_00));

        h.clock.advance(Duration.ofMinutes(2));
        var first = h.core.sweep().sweep();
        var second = h.core.sweep().sweep();

        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(6_00));
        assertThat(first.stuck()).isEmpty();
        assertThat(h.stores.refundTallies().open(h.clock.instant().plusSeconds(1), 10)).isEmpty();
        assertThat(h.core.applyRefund().apply(refund)).isInstanceOf(RefundResult.AlreadyApplied.class);
        assertThat(first.entriesSettled()).isEqualTo(1);
        assertThat(second.entriesSettled()).isZero();
        assertThat(h.core.auditLedger().audit().clean()).isTrue();
    }

    @Test
    void talliesThatKeepFailingToFinishNeverHoldBackTheOnesAfterThem() {
        for (int order = 0; order < 150; order++) {
            h.stores.refundTallies().save(RefundTally.unsaved("order_0" + order, List.of()).with(new RefundPart(
                    IdempotencyKey.polarRefund("refund_0" + order), Money.usd(1_00), Money.usd(1_00), null),
                    h.clock.tick()));
        }
        var crashing = coreFailingOnceToWrite("refund_1");
        assertThatThrownBy(() -> crashing.applyRefund().apply(CompletedRefund.untaxed("refund_1", "order_1",
                Money.usd(4_00), h.clock.tick()))).isInstanceOf(IllegalStateException.class);
        h.clock.advance(Duration.ofMinutes(2));

        var swept = h.core.sweep().sweep();

        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(6_00));
        assertThat(swept.stuck()).as("the orders without a credit").hasSize(150);
    }

    /** A core on the harness's stores, alice's order credited, whose first write of {@code refundId}'s debit fails. */
    private WalletCore coreFailingOnceToWrite(String refundId) {
        h.creditPaidOrder("order_1", "alice", Money.usd(10_00));
        return CrashingCore.failingOnceToWrite(h, refundId);
    }
}
