package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.reconciliation.ReconciliationReport;

import java.util.List;

/**
 * Reads paid orders and refunds back from the provider since the last run and applies what the ledger lacks, with the
 * very idempotency keys the webhooks use; reports amount mismatches, orders with no user (parked) and ledger credits
 * with no paid order. Run on a schedule and from the admin page.
 */
public interface ReconcileUseCase {

    ReconciliationReport reconcile();

    /** The latest reports, newest first. */
    List<ReconciliationReport> recentReports(int limit);
}
