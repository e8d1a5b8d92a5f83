package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.DisputeStatus;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.reconciliation.ReconciliationReport;
import dev.plara.wallet.core.domain.reconciliation.WatchedFact;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.port.out.ReconciliationStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link ReconciliationStore} contract, run against every implementation. */
public abstract class ReconciliationStoreContract {

    private final TestClock clock = TestClock.standard();
    private ReconciliationStore store;

    protected abstract ReconciliationStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private ReconciliationReport report(List<Finding> findings) {
        var started = clock.tick();
        return new ReconciliationReport(started, started.minus(Duration.ofDays(30)), 12, 2, 3, 1, 1, 0, 0, findings,
                List.of(), List.of());
    }

    @Test
    void thereIsNoCursorBeforeTheFirstRun() {
        assertThat(store.cursor()).isEmpty();
        assertThat(store.recent(5)).isEmpty();
    }

    @Test
    void eachRunKeepsItsReportExactlyAndMovesTheCursor() {
        var first = report(List.of());
        var second = report(List.of(new Finding(FindingKind.AMOUNT_MISMATCH, "order_1", "Polar 10.00 USD, ledger 9.00 USD"),
                new Finding(FindingKind.UNMATCHED, "order_2", "no user"),
                Finding.aboutNoOrder(FindingKind.WEBHOOK_ENDPOINT_DISABLED, "Polar has disabled the webhook endpoint")));

        var started = clock.tick();
        var third = new ReconciliationReport(started, started.minus(Duration.ofHours(1)), 0, 0, 0, 0, 0, 1, 2,
                List.of(), List.of(new Dispute("dispute_1", "order_1", DisputeStatus.NEEDS_RESPONSE, Money.usd(9_00),
                        Money.usd(1_00), started.plus(Duration.ofDays(7)), started),
                new Dispute("dispute_2", "order_2", DisputeStatus.LOST, Money.usd(5_00), Money.usd(0), null, started)),
                List.of(WatchedFact.order("order_3", started), WatchedFact.refund("refund_4", started),
                        WatchedFact.dispute("dispute_2", started)));

        store.record(first, first.startedAt());
        store.record(second, second.startedAt());

        assertThat(store.cursor()).contains(second.startedAt());
        assertThat(store.recent(5)).containsExactly(second, first);
        assertThat(store.recent(1)).containsExactly(second);
        store.record(third, third.startedAt());
        assertThat(store.recent(1)).as("disputes and watched facts kept").containsExactly(third);
    }
}
