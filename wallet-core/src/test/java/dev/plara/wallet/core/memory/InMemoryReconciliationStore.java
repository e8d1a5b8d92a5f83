package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.reconciliation.ReconciliationReport;
import dev.plara.wallet.core.port.out.ReconciliationStore;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Reconciliation's cursor and reports in memory. */
public final class InMemoryReconciliationStore implements ReconciliationStore {

    private final Deque<ReconciliationReport> reports = new ArrayDeque<>();
    private Instant cursor;

    @Override
    public synchronized Optional<Instant> cursor() {
        return Optional.ofNullable(cursor);
    }

    @Override
    public synchronized void record(ReconciliationReport report, Instant nextCursor) {
        reports.addFirst(report);
        cursor = nextCursor;
    }

    @Override
    public synchronized List<ReconciliationReport> recent(int limit) {
        return reports.stream().limit(limit).toList();
    }
}
