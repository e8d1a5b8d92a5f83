package dev.plara.wallet.core.port.in;

/**
 * Finishes what a crash interrupted: follow-ups of ledger entries not confirmed yet (notification, outbox messages,
 * entitlement) and bank reviews (approvals and rejections) claimed but not completed. Idempotent; run at start and on a schedule.
 */
public interface SweepUseCase {

    SweepReport sweep();

    /** How much a sweep finished. */
    record SweepReport(int entriesSettled, int approvalsFinished, int rejectionsFinished) {
    }
}
