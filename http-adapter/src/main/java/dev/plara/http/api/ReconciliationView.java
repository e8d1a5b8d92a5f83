package dev.plara.http.api;

import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.reconciliation.ReconciliationReport;
import dev.plara.wallet.core.domain.reconciliation.WatchedFact;

import java.util.List;

/**
 * One reconciliation run: what it read from Polar, what it applied, what an admin should look at (and whether Polar's
 * webhook endpoint is disabled), Polar's disputes, and the orders and refunds it waits on.
 */
record ReconciliationView(String startedAt, String since, int ordersRead, int refundsRead, int credited, int fulfilled,
                          int refundsApplied, int disputesApplied, int redelivered, boolean clean,
                          boolean webhookEndpointDisabled, List<FindingView> findings, List<DisputeView> disputes,
                          List<WatchedView> waitingFor) {

    static ReconciliationView from(ReconciliationReport report) {
        return new ReconciliationView(WireFormat.time(report.startedAt()), WireFormat.time(report.since()),
                report.ordersRead(), report.refundsRead(), report.credited(), report.fulfilled(),
                report.refundsApplied(), report.disputesApplied(), report.redelivered(), report.clean(),
                report.findings().stream().anyMatch(f -> f.kind() == FindingKind.WEBHOOK_ENDPOINT_DISABLED),
                report.findings().stream().map(FindingView::from).toList(),
                report.disputes().stream().map(DisputeView::from).toList(),
                report.watching().stream().map(WatchedView::from).toList());
    }

    /** One finding about one order. */
    record FindingView(String kind, String orderId, String detail) {
        static FindingView from(Finding finding) {
            return new FindingView(WireFormat.name(finding.kind()), finding.orderId(), finding.detail());
        }
    }

    /** A dispute (chargeback) at Polar: its status, what it disputes and when evidence is due. */
    record DisputeView(String disputeId, String orderId, String status, MoneyView amount, MoneyView tax,
                       String evidenceDueBy) {
        static DisputeView from(Dispute dispute) {
            return new DisputeView(dispute.disputeId(), dispute.orderId(), WireFormat.name(dispute.status()),
                    MoneyView.from(dispute.amount()), MoneyView.from(dispute.tax()),
                    dispute.evidenceDueBy() == null ? null : WireFormat.time(dispute.evidenceDueBy()));
        }
    }

    /**
     * An order or refund Polar has not settled yet (or that failed to apply), read again on every run; or a lost dispute
     * whose money is not taken back yet.
     */
    record WatchedView(String kind, String id, String since) {
        static WatchedView from(WatchedFact fact) {
            return new WatchedView(WireFormat.name(fact.kind()), fact.id(), WireFormat.time(fact.since()));
        }
    }
}
