package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.DisputeStatus;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.reconciliation.WatchedFact;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import dev.plara.wallet.core.port.out.PaymentHistory;

import java.util.List;

/**
 * Disputes (chargebacks), which no webhook announces: each run reads them all; a lost one takes the money back as a
 * refund of its amount does (from a top-up's wallet, which may overdraw, or revoking what a direct purchase bought,
 * or ending the period a subscription's order paid, saying that the subscription itself runs on at the provider),
 * keyed by the dispute so that it applies once however often it is read; when earlier refunds or disputes of its order
 * took all its money back already, it takes nothing and says so. It is counted and reported once, by the run
 * that first finds its money taken back, whichever path took it: this run, or, after a take-back that failed or was
 * held for an order not credited yet (the dispute is then watched), the sweep finishing a debit a crash left
 * reserved, the order's credit, or a later run.
 */
final class DisputeCheck {

    private final PaymentHistory history;

    DisputeCheck(PaymentHistory history) {
        this.history = history;
    }

    /** Applies the lost disputes; {@code previous} are the disputes the last run read. */
    List<Dispute> apply(List<Dispute> previous, ReconciliationRun run) {
        var disputes = history.disputes();
        disputes.stream().filter(dispute -> dispute.status() == DisputeStatus.LOST)
                .forEach(dispute -> lost(dispute, run, previous.stream().noneMatch(earlier ->
                        earlier.disputeId().equals(dispute.disputeId()) && earlier.status() == DisputeStatus.LOST)));
        return disputes;
    }

    private void lost(Dispute dispute, ReconciliationRun run, boolean newlyLost) {
        var waiting = WatchedFact.dispute(dispute.disputeId(), run.startedAt());
        var result = run.takeBack(dispute.asRefund(), "the lost dispute " + dispute.disputeId());
        if (!newlyLost && !run.watchedBefore(waiting)) {
            return;
        }
        var applied = result == null ? null : result.match(debited -> tookBack(debited.posted()),
                repeat -> tookBack(repeat.posted()), DisputeCheck::conflicting, OrderRefund::takenBack,
                DisputeCheck::nothingLeft, held -> null);
        if (applied != null) {
            run.disputesApplied += result.match(debited -> 1, repeat -> 1, conflict -> 0, order -> 1, none -> 0,
                    held -> 0);
            run.findings.add(new Finding(FindingKind.DISPUTE_LOST, dispute.orderId(), "the dispute " + dispute.disputeId()
                    + " of " + dispute.amount() + " was lost at the bank: Plara " + applied + "."));
        } else if (result == null || result instanceof RefundResult.Held) {
            run.watch(waiting);
        }
    }

    /** What the operator reads when the take-back disagrees with what was reserved or taken for it before. */
    private static String conflicting(RefundResult.Conflicting conflict) {
        return "found a conflict with the ledger, to check at the provider: " + conflict.reason();
    }

    /** What the operator reads when earlier refunds or disputes of the order had taken all its money back already. */
    private static String nothingLeft(RefundResult.NothingCredited none) {
        return "took nothing back, as what order " + none.orderId() + " credited had all been taken back already (by"
                + " its refunds or an earlier lost dispute); check at the provider whether the customer was repaid twice";
    }

    private static String tookBack(PostedEntry debit) {
        return "took " + debit.entry().amount() + " back from " + debit.entry().wallet();
    }
}
