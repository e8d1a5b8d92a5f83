package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.ledger.PostedEntry;

import java.util.Objects;
import java.util.function.Function;

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

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Approved, T> approved, Function<Rejected, T> rejected,
                Function<NotPending, T> notPending, Function<UnknownDeposit, T> unknownDeposit,
                Function<Invalid, T> invalid, Function<CreditConflict, T> creditConflict);

        /** Approved now, and credited. */
        record Approved(BankDeposit deposit, PostedEntry credit) implements ReviewResult {
            @Override
            public <T> T match(Function<Approved, T> approved, Function<Rejected, T> rejected,
                    Function<NotPending, T> notPending, Function<UnknownDeposit, T> unknownDeposit,
                    Function<Invalid, T> invalid, Function<CreditConflict, T> creditConflict) {
                return approved.apply(this);
            }
        }

        /** Rejected now. */
        record Rejected(BankDeposit deposit) implements ReviewResult {
            @Override
            public <T> T match(Function<Approved, T> approved, Function<Rejected, T> rejected,
                    Function<NotPending, T> notPending, Function<UnknownDeposit, T> unknownDeposit,
                    Function<Invalid, T> invalid, Function<CreditConflict, T> creditConflict) {
                return rejected.apply(this);
            }
        }

        /** Decided before; nothing changed. */
        record NotPending(BankDeposit deposit) implements ReviewResult {
            @Override
            public <T> T match(Function<Approved, T> approved, Function<Rejected, T> rejected,
                    Function<NotPending, T> notPending, Function<UnknownDeposit, T> unknownDeposit,
                    Function<Invalid, T> invalid, Function<CreditConflict, T> creditConflict) {
                return notPending.apply(this);
            }
        }

        /** No deposit has that id. */
        record UnknownDeposit(DepositId id) implements ReviewResult {
            @Override
            public <T> T match(Function<Approved, T> approved, Function<Rejected, T> rejected,
                    Function<NotPending, T> notPending, Function<UnknownDeposit, T> unknownDeposit,
                    Function<Invalid, T> invalid, Function<CreditConflict, T> creditConflict) {
                return unknownDeposit.apply(this);
            }
        }

        /** The review is not acceptable (a rejection without a reason, say), and why. */
        record Invalid(String reason) implements ReviewResult {
            @Override
            public <T> T match(Function<Approved, T> approved, Function<Rejected, T> rejected,
                    Function<NotPending, T> notPending, Function<UnknownDeposit, T> unknownDeposit,
                    Function<Invalid, T> invalid, Function<CreditConflict, T> creditConflict) {
                return invalid.apply(this);
            }
        }

        /** The ledger refused the credit (its transaction code was credited by another entry); nothing changed. */
        record CreditConflict(BankDeposit deposit, String reason) implements ReviewResult {
            @Override
            public <T> T match(Function<Approved, T> approved, Function<Rejected, T> rejected,
                    Function<NotPending, T> notPending, Function<UnknownDeposit, T> unknownDeposit,
                    Function<Invalid, T> invalid, Function<CreditConflict, T> creditConflict) {
                return creditConflict.apply(this);
            }
        }
    }
}
