package dev.plara.wallet.core.domain.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one reconciliation run did: the provider's orders and refunds it read from {@code since}, what the ledger
 * lacked and was applied now (with the same idempotency keys as the webhooks), and what needs an admin.
 */
public record ReconciliationReport(Instant startedAt, Instant since, int ordersRead, int refundsRead, int credited,
                                   int fulfilled, int refundsApplied, List<Finding> findings) {

    public ReconciliationReport {
        Objects.requireNonNull(startedAt, "started at");
        Objects.requireNonNull(since, "since");
        findings = List.copyOf(findings);
    }

    public boolean clean() {
        return findings.isEmpty();
    }
}
