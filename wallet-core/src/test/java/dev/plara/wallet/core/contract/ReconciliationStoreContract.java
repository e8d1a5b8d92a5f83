package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.reconciliation.ReconciliationReport;
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
        return new ReconciliationReport(started, started.minus(Duration.ofDays(30)), 12, 2, 3, 1, 1, findings);
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
                new Finding(FindingKind.UNMATCHED, "order_2", "no user")));

        store.record(first, first.startedAt());
        store.record(second, second.startedAt());

        assertThat(store.cursor()).contains(second.startedAt());
        assertThat(store.recent(5)).containsExactly(second, first);
        assertThat(store.recent(1)).containsExactly(second);
    }
}
