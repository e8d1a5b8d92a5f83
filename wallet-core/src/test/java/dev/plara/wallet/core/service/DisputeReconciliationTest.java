package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.DisputeStatus;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: disputes are read on the reconciliation schedule; a lost one takes a top-up's money back (overdrawing the
 * wallet, which is then listed) or revokes what a direct purchase bought, exactly once; open ones are only shown.
 */
class DisputeReconciliationTest {

    private final CoreHarness h = CoreHarness.usd();
    private final UserId alice = UserId.of("alice");

    private Dispute dispute(String id, String order, DisputeStatus status, long cents) {
        var now = h.clock.tick();
        return new Dispute(id, order, status, Money.usd(cents), Money.usd(0), now.plus(Duration.ofDays(7)), now);
    }

    @Test
    void aLostDisputeOfATopUpTakesItsMoneyBackOnceEvenBelowZeroAndTheWalletIsListedOverdrawn() {
        h.creditPaidOrder("order_1", "alice", Money.usd(10_00));
        h.core.purchaseContent().purchase(new PurchaseContent(alice, CoreHarness.VIDEO));
        h.provider.history.recordDispute(dispute("dispute_1", "order_1", DisputeStatus.NEEDS_RESPONSE, 10_00));

        var open = h.core.reconcile().reconcile();
        h.provider.history.recordDispute(dispute("dispute_1", "order_1", DisputeStatus.LOST, 10_00));
        var lost = h.core.reconcile().reconcile();
        var again = h.core.reconcile().reconcile();

        assertThat(open.disputesApplied()).isZero();
        assertThat(open.disputes()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DisputeStatus.NEEDS_RESPONSE);
            assertThat(d.evidenceDueBy()).isNotNull();
        });
        assertThat(lost.disputesApplied()).isEqualTo(1);
        assertThat(lost.findings()).extracting(f -> f.kind() + " " + f.orderId()).containsExactly("DISPUTE_LOST order_1");
        assertThat(again.disputesApplied()).isZero();
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(-3_00));
        assertThat(h.core.listOverdrawnWallets().overdrawn()).extracting(w -> w.wallet().toString())
                .singleElement().asString().contains("alice");
    }

    @Test
    void aLostDisputeOfADirectPurchaseRevokesWhatItBought() {
        h.core.fulfilProductOrder().fulfil(new PaidProductOrder("order_7", null, "alice", "alice@example.org",
                "prod_ebook", "The Ebook", Money.usd(19_00), null, h.clock.tick()));
        h.provider.history.recordDispute(dispute("dispute_7", "order_7", DisputeStatus.LOST, 19_00));

        var report = h.core.reconcile().reconcile();

        assertThat(report.disputesApplied()).isEqualTo(1);
        assertThat(h.holdsProduct(alice, "prod_ebook")).isFalse();
    }

    @Test
    void aLostDisputeOfADirectPurchaseRefundedAlreadySaysTheRefundEndedItsAccessAndChangesNothingElse() {
        h.core.fulfilProductOrder().fulfil(new PaidProductOrder("order_7", null, "alice", "alice@example.org",
                "prod_ebook", "The Ebook", Money.usd(19_00), null, h.clock.tick()));
        h.core.applyRefund().apply(CompletedRefund.untaxed("refund_7", "order_7", Money.usd(19_00), h.clock.tick()));
        var grant = h.stores.grants().of(alice);
        var told = h.stores.notifications().of(alice, PageRequest.first(50)).items();
        h.provider.history.recordDispute(dispute("dispute_7", "order_7", DisputeStatus.LOST, 19_00));

        var report = h.core.reconcile().reconcile();

        assertThat(report.findings()).filteredOn(finding -> finding.kind() == FindingKind.DISPUTE_LOST)
                .extracting(Finding::detail).singleElement().asString()
                .contains("order_7", "had ended already", "repaid twice").doesNotContain("revoked");
        assertThat(h.stores.grants().of(alice)).as("the grant, revoked by the refund").isEqualTo(grant);
        assertThat(h.stores.notifications().of(alice, PageRequest.first(50)).items()).as("alice's notices")
                .isEqualTo(told);
    }

    @Test
    void aWonDisputeChangesNothing() {
        h.creditPaidOrder("order_1", "alice", Money.usd(10_00));
        h.provider.history.recordDispute(dispute("dispute_1", "order_1", DisputeStatus.WON, 10_00));

        var report = h.core.reconcile().reconcile();

        assertThat(report.disputesApplied()).isZero();
        assertThat(report.clean()).isTrue();
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }
}
