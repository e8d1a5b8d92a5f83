package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.BankDeposit;
import dev.plara.wallet.core.domain.DepositId;
import dev.plara.wallet.core.domain.PostedEntry;

import java.util.Objects;

/**
 * An admin approves a pending bank deposit (which credits the wallet exactly once) or rejects it with a reason.
 * Only a pending deposit changes; the reviewer and time are recorded.
 */
public interface ReviewBankDepositUseCase {

    ReviewResult approve(ApproveDeposit command);

    ReviewResult reject(RejectDeposit command);

    /** Approve and credit {@code deposit}. */
    record ApproveDeposit(DepositId deposit, String reviewer) {
        public ApproveDeposit {
            Objects.requireNonNull(deposit, "deposit");
            Objects.requireNonNull(reviewer, "reviewer");
        }
    }

    /** Reject {@code deposit}, telling the user why. */
    record RejectDeposit(DepositId deposit, String reviewer, String reason) {
        public RejectDeposit {
            Objects.requireNonNull(deposit, "deposit");
            Objects.requireNonNull(reviewer, "reviewer");
        }
    }

    /** What a review did. */
    sealed interface ReviewResult {
        /** Approved now, and credited. */
        record Approved(BankDeposit deposit, PostedEntry credit) implements ReviewResult {
        }

        /** Rejected now. */
        record Rejected(BankDeposit deposit) implements ReviewResult {
        }

        /** Decided before; nothing changed. */
        record NotPending(BankDeposit deposit) implements ReviewResult {
        }

        /** No deposit has that id. */
        record UnknownDeposit(DepositId id) implements ReviewResult {
        }

        /** The review is not acceptable (a rejection without a reason, say), and why. */
        record Invalid(String reason) implements ReviewResult {
        }

        /** The ledger refused the credit (its transaction code was credited by another entry); nothing changed. */
        record CreditConflict(BankDeposit deposit, String reason) implements ReviewResult {
        }
    }
}
