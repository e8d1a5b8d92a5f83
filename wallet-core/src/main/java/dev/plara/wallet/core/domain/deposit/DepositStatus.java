package dev.plara.wallet.core.domain.deposit;

/**
 * Where a bank deposit stands. {@code APPROVING} is the claim an approval takes before it credits, so a rejection
 * can never race a credit; {@code REJECTING} is the claim a rejection takes before it tells the user and the operators,
 * so a crash cannot leave a rejection nobody hears of. A crash in either is finished by the next review or the sweeper.
 */
public enum DepositStatus {
    PENDING, APPROVING, APPROVED, REJECTING, REJECTED;

    /** Whether an approval may (still) go ahead from this status. */
    public boolean approvable() {
        return this == PENDING || this == APPROVING;
    }
}
