package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, finding 8: one order that always fails to apply neither stops a run nor holds back the orders after it. */
class ReconciliationPoisonItemTest {

    private final CoreHarness h = CoreHarness.usd();

    /** The real card deposits, except that one order always throws, as a poison item does. */
    private final ConfirmCardPaymentUseCase poisoned = payment -> {
        if (payment.orderId().equals("order_poison")) {
            throw new IllegalStateException("cannot read this order's key");
        }
        return h.core.confirmCardPayment().confirm(payment);
    };

    private final ReconciliationService reconciliation = new ReconciliationService(h.provider.history,
            h.provider.deliveries, h.stores.reconciliations(), h.stores.ledger(), poisoned, h.core.fulfilProductOrder(),
            h.core.applyRefund(), new SubscriptionReconciliation(h.stores.grants(), h.provider.subscriptions,
            h.core.changeSubscription()), h.clock);

    private void paidAtProvider(String order, String user, long cents) {
        h.provider.recordPaid(new PaymentEvent.DepositPaid(h.paid(order, user, Money.usd(cents))), h.clock.tick());
    }

    @Test
    void aPoisonOrderIsReportedInOperatorWordsTheCursorMovesAndLaterOrdersAreCredited() {
        paidAtProvider("order_1", "alice", 10_00);
        paidAtProvider("order_poison", "alice", 5_00);
        paidAtProvider("order_2", "bob", 7_00);

        var first = reconciliation.reconcile();
        h.clock.advance(Duration.ofHours(3));
        var second = reconciliation.reconcile();
        h.clock.advance(Duration.ofHours(3));
        var third = reconciliation.reconcile();

        assertThat(first.credited()).isEqualTo(2);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
        assertThat(h.balanceOf("bob")).isEqualTo(Money.usd(7_00));
        assertThat(first.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.ITEM_FAILED);
            assertThat(finding.orderId()).isEqualTo("order_poison");
            assertThat(finding.detail()).contains("cannot read this order's key").doesNotContain("Exception");
        });
        assertThat(second.since()).as("the cursor moved past the poison order")
                .isEqualTo(first.startedAt().minus(ReconciliationService.OVERLAP));
        assertThat(second.findings()).as("still reported while it fails")
                .extracting(finding -> finding.kind() + " " + finding.orderId())
                .containsExactly("ITEM_FAILED order_poison");
        assertThat(third.ordersRead()).as("out of the window now").isZero();
        assertThat(third.findings()).as("read again by its id, and still reported")
                .extracting(finding -> finding.kind() + " " + finding.orderId())
                .containsExactly("ITEM_FAILED order_poison");
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }
}
