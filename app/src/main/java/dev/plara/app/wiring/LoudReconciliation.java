package dev.plara.app.wiring;

import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.reconciliation.ReconciliationReport;
import dev.plara.wallet.core.port.in.ReconcileUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Reconciliation that also says in the server log, at WARN, what operators must not miss: a webhook endpoint Polar
 * disabled (or that is gone), and disputes lost; whichever runs it, the schedule or an admin.
 */
final class LoudReconciliation implements ReconcileUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(LoudReconciliation.class);

    private final ReconcileUseCase reconciliation;

    LoudReconciliation(ReconcileUseCase reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Override
    public ReconciliationReport reconcile() {
        var report = reconciliation.reconcile();
        report.findings().stream()
                .filter(finding -> finding.kind() == FindingKind.WEBHOOK_ENDPOINT_DISABLED
                        || finding.kind() == FindingKind.DISPUTE_LOST)
                .forEach(finding -> LOG.warn("Reconciliation: {}", finding.detail()));
        return report;
    }

    @Override
    public List<ReconciliationReport> recentReports(int limit) {
        return reconciliation.recentReports(limit);
    }
}
