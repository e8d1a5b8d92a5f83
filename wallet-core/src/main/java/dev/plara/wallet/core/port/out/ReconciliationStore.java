package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.reconciliation.ReconciliationReport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where reconciliation keeps its cursor and its reports.
 *
 * <p>Contract: {@link #record} stores a run's report and the cursor for the next run together; {@link #cursor} is the
 * latest recorded cursor (empty before the first run); {@link #recent} lists reports newest first.
 */
public interface ReconciliationStore {

    Optional<Instant> cursor();

    void record(ReconciliationReport report, Instant nextCursor);

    List<ReconciliationReport> recent(int limit);
}
