package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.port.out.PaymentProviderException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReconciliationServiceTest {

    private final CoreHarness h = CoreHarness.usd();

    private PaymentEvent.DepositPaid paidAtProvider(String order, String user, long cents) {
        var event = new PaymentEvent.DepositPaid(h.paid(order, user, Money.usd(cents)));
        h.provider.recordPaid(event, h.clock.instant());
        return event;
    }

    @Test
    void ordersWhoseWebhooksNeverArrivedAreCreditedOnceAndRefundsTakenBack() {
        paidAtProvider("order_1", "alice", 10_00);
        paidAtProvider("order_2", "bob", 5_00);
        h.core.confirmCardPayment().confirm(h.paid("order_2", "bob", Money.usd(5_00)));
        h.provider.recordRefund(CompletedRefund.untaxed("refund_1", "order_1", Money.usd(4_00), h.clock.tick()));

        var first = h.core.reconcile().reconcile();
        var second = h.core.reconcile().reconcile();

        assertThat(first.credited()).isEqualTo(1);
        assertThat(first.refundsApplied()).isEqualTo(1);
        assertThat(first.clean()).isTrue();
        assertThat(second.credited()).isZero();
        assertThat(second.refundsApplied()).isZero();
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(6_00));
        assertThat(h.balanceOf("bob")).isEqualTo(Money.usd(5_00));
    }

    @Test
    void aPaymentParkedBeforeItsUserSignedInIsCreditedAndLeavesTheAdminQueue() {
        h.core.confirmCardPayment().confirm(paidAtProvider("order_1", "carol", 10_00).payment());
        h.stores.users().remember(new UserProfile(UserId.of("carol"), "carol@example.org", "Carol"));

        var report = h.core.reconcile().reconcile();

        assertThat(report.credited()).isEqualTo(1);
        assertThat(h.balanceOf("carol")).isEqualTo(Money.usd(10_00));
        assertThat(h.core.listUnmatchedPayments().list(true, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void mismatchesUnmatchedOrdersAndCreditsWithNoPaidOrderAreReported() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", "alice", Money.usd(10_00)));
        paidAtProvider("order_1", "alice", 12_00);
        paidAtProvider("order_2", null, 7_00);
        h.core.confirmCardPayment().confirm(h.paid("order_ghost", "bob", Money.usd(3_00)));

        var report = h.core.reconcile().reconcile();

        assertThat(report.findings()).extracting(finding -> finding.kind() + " " + finding.orderId())
                .containsExactlyInAnyOrder("AMOUNT_MISMATCH order_1", "UNMATCHED order_2",
                        "LEDGER_WITHOUT_ORDER order_ghost");
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
        assertThat(h.core.reconcile().recentReports(5)).containsExactly(report);
    }

    @Test
    void creditsTheProviderDidNotListAreLookedUpAtMostAHundredARunAndTheRestAreReported() {
        for (int i = 0; i < ReconciliationService.MAX_LOOKUPS + 5; i++) {
            h.core.confirmCardPayment().confirm(h.paid("order_ghost_" + (1000 + i), "bob", Money.usd(1_00)));
        }

        var report = h.core.reconcile().reconcile();

        assertThat(h.provider.history.orderLookups()).isEqualTo(ReconciliationService.MAX_LOOKUPS);
        assertThat(report.findings()).filteredOn(finding -> finding.kind() == FindingKind.LEDGER_WITHOUT_ORDER)
                .hasSize(ReconciliationService.MAX_LOOKUPS);
        assertThat(report.findings()).filteredOn(finding -> finding.kind() == FindingKind.CREDITS_NOT_LOOKED_UP)
                .singleElement().satisfies(finding -> assertThat(finding.detail()).startsWith("5 credits since"));
    }

    @Test
    void directPurchasesAreFulfilledAndTheCursorMovesWithAnOverlap() {
        h.provider.recordPaid(new PaymentEvent.ProductPaid(new PaidProductOrder("order_p", null, "alice", "alice@plara.dev",
                "prod_ebook", "The Ebook", Money.usd(19_00), null, h.clock.tick())), h.clock.instant());

        var first = h.core.reconcile().reconcile();
        h.clock.advance(Duration.ofHours(5));
        var second = h.core.reconcile().reconcile();

        assertThat(first.fulfilled()).isEqualTo(1);
        assertThat(second.since()).isEqualTo(first.startedAt().minus(ReconciliationService.OVERLAP));
        assertThat(second.ordersRead()).as("read again inside the overlap").isEqualTo(1);
        assertThat(second.fulfilled()).as("but fulfilled once").isZero();
    }

    @Test
    void aProviderOutageRecordsNothingSoTheNextRunCoversTheSameWindow() {
        h.provider.down(true);

        assertThatThrownBy(() -> h.core.reconcile().reconcile()).isInstanceOf(PaymentProviderException.class);
        h.provider.down(false);
        paidAtProvider("order_1", "alice", 10_00);

        assertThat(h.core.reconcile().reconcile().credited()).isEqualTo(1);
        assertThat(h.core.reconcile().recentReports(5)).hasSize(1);
    }
}
