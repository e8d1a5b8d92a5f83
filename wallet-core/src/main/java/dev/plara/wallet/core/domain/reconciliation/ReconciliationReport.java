package dev.plara.wallet.core.domain.reconciliation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one reconciliation run did: the provider's orders and refunds it read from {@code since}, what the ledger
 * lacked and was applied now (with the same idempotency keys as the webhooks), the lost disputes it applied, the failed
 * webhook events it asked the provider to send again, what needs an admin, the provider's disputes, and the orders and
 * refunds it keeps reading until they settle or apply.
 */
public record ReconciliationReport(Instant startedAt, Instant since, int ordersRead, int refundsRead, int credited,
                                   int fulfilled, int refundsApplied, int disputesApplied, int redelivered,
                                   List<Finding> findings, List<Dispute> disputes, List<WatchedFact> watching) {

    public ReconciliationReport {
        Objects.requireNonNull(startedAt, "started at");
        Objects.requireNonNull(since, "since");
        findings = List.copyOf(findings);
        disputes = List.copyOf(disputes);
        watching = List.copyOf(watching);
    }

    public boolean clean() {
        return findings.isEmpty();
    }
}
