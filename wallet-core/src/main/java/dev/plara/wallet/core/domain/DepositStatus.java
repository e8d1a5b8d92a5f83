package dev.plara.wallet.core.domain;

/**
 * Where a bank deposit stands. {@code APPROVING} is the claim an approval takes before it credits, so a rejection
 * can never race a credit; a crash there is finished by the next approval or the sweeper.
 */
public enum DepositStatus {
    PENDING, APPROVING, APPROVED, REJECTED;

    /** Whether an approval may (still) go ahead from this status. */
    public boolean approvable() {
        return this == PENDING || this == APPROVING;
    }
}
