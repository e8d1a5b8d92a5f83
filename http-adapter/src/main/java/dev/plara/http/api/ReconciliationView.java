package dev.plara.http.api;

import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.ReconciliationReport;

import java.util.List;

/** One reconciliation run: what it read from Polar, what it applied, and what an admin should look at. */
record ReconciliationView(String startedAt, String since, int ordersRead, int refundsRead, int credited, int fulfilled,
                          int refundsApplied, boolean clean, List<FindingView> findings) {

    static ReconciliationView from(ReconciliationReport report) {
        return new ReconciliationView(WireFormat.time(report.startedAt()), WireFormat.time(report.since()), report.ordersRead(),
                report.refundsRead(), report.credited(), report.fulfilled(), report.refundsApplied(), report.clean(),
                report.findings().stream().map(FindingView::from).toList());
    }

    /** One finding about one order. */
    record FindingView(String kind, String orderId, String detail) {
        static FindingView from(Finding finding) {
            return new FindingView(WireFormat.name(finding.kind()), finding.orderId(), finding.detail());
        }
    }
}
