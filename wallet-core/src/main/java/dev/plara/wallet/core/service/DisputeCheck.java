package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.DisputeStatus;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.port.out.PaymentHistory;

import java.time.Instant;
import java.util.List;

/**
 * Disputes (chargebacks), which no webhook announces: each run reads them all; one lost since the run's window began
 * takes the money back as a refund of its amount does (from a top-up's wallet, which may overdraw, or revoking what a
 * direct purchase bought), keyed by the dispute so that it applies once.
 */
final class DisputeCheck {

    private final PaymentHistory history;

    DisputeCheck(PaymentHistory history) {
        this.history = history;
    }

    List<Dispute> apply(Instant since, ReconciliationRun run) {
        var disputes = history.disputes();
        disputes.stream().filter(dispute -> dispute.status() == DisputeStatus.LOST)
                .filter(dispute -> !dispute.modifiedAt().isBefore(since))
                .forEach(dispute -> lost(dispute, run));
        return disputes;
    }

    private void lost(Dispute dispute, ReconciliationRun run) {
        var result = run.takeBack(dispute.asRefund(), "the lost dispute " + dispute.disputeId());
        if (result == null) {
            return;
        }
        var applied = result.match(debited -> "took " + debited.posted().entry().amount() + " back from "
                        + debited.posted().entry().wallet(), repeat -> null, conflict -> null,
                order -> "revoked what order " + order.order().orderId() + " bought", none -> null, unknown -> null);
        if (applied != null) {
            run.disputesApplied++;
            run.findings.add(new Finding(FindingKind.DISPUTE_LOST, dispute.orderId(), "the dispute " + dispute.disputeId()
                    + " of " + dispute.amount() + " was lost at the bank: Plara " + applied + "."));
        }
    }
}
