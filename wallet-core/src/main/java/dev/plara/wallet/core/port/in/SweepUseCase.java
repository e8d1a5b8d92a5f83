package dev.plara.wallet.core.port.in;

import java.util.List;

/**
 * Finishes what a crash interrupted: follow-ups of ledger entries not confirmed yet (notification, outbox messages,
 * entitlement), bank reviews (approvals and rejections) claimed but not completed, and receipts stored for a deposit
 * that was never inserted (deleted after an hour; a receipt a deposit names never is). Idempotent; run at start and on
 * a schedule.
 */
public interface SweepUseCase {

    SweepReport sweep();

    /**
     * How much a sweep finished, and the entries it could not finish (one line each for an operator: which and why);
     * a stuck entry never holds back the ones after it.
     */
    record SweepReport(int entriesSettled, int approvalsFinished, int rejectionsFinished, int orphanReceiptsDeleted,
                       List<String> stuck) {

        public SweepReport {
            stuck = List.copyOf(stuck);
        }

        /** Whether the sweep found anything to finish, done or stuck. */
        public boolean finishedSomething() {
            return entriesSettled + approvalsFinished + rejectionsFinished + orphanReceiptsDeleted > 0
                    || !stuck.isEmpty();
        }
    }
}
