package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.ReceiptUpload;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.Objects;
import java.util.function.Function;

/**
 * A user reports a bank transfer with its receipt; the deposit waits for an admin's review. Nothing is credited yet.
 * The receipt is inspected here, whoever calls: a file that is not a plain receipt is refused before anything is
 * stored.
 */
public interface SubmitBankDepositUseCase {

    SubmitResult submit(SubmitBankDeposit command);

    /** The user's report of a transfer, as typed (normalised here). */
    record SubmitBankDeposit(UserId user, Money amount, ReceiptUpload receipt, String senderName, String transactionCode,
                             String phone) {
        public SubmitBankDeposit {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    /** What submitting did; a refusal stores nothing, not even the receipt. */
    sealed interface SubmitResult {

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Submitted, T> submitted, Function<DuplicateTransactionCode, T> duplicateTransactionCode,
                Function<ReceiptRefused, T> receiptRefused, Function<Invalid, T> invalid);

        /** Stored and waiting for review. */
        record Submitted(BankDeposit deposit) implements SubmitResult {
            @Override
            public <T> T match(Function<Submitted, T> submitted,
                    Function<DuplicateTransactionCode, T> duplicateTransactionCode,
                    Function<ReceiptRefused, T> receiptRefused, Function<Invalid, T> invalid) {
                return submitted.apply(this);
            }
        }

        /** Another deposit that is not rejected already claims this transaction code. */
        record DuplicateTransactionCode(String transactionCode) implements SubmitResult {
            @Override
            public <T> T match(Function<Submitted, T> submitted,
                    Function<DuplicateTransactionCode, T> duplicateTransactionCode,
                    Function<ReceiptRefused, T> receiptRefused, Function<Invalid, T> invalid) {
                return duplicateTransactionCode.apply(this);
            }
        }

        /** The receipt is not a file Plara accepts (its format, its size, active content), and why. */
        record ReceiptRefused(String reason) implements SubmitResult {
            @Override
            public <T> T match(Function<Submitted, T> submitted,
                    Function<DuplicateTransactionCode, T> duplicateTransactionCode,
                    Function<ReceiptRefused, T> receiptRefused, Function<Invalid, T> invalid) {
                return receiptRefused.apply(this);
            }
        }

        /** The submission is not acceptable, and why. */
        record Invalid(String reason) implements SubmitResult {
            @Override
            public <T> T match(Function<Submitted, T> submitted,
                    Function<DuplicateTransactionCode, T> duplicateTransactionCode,
                    Function<ReceiptRefused, T> receiptRefused, Function<Invalid, T> invalid) {
                return invalid.apply(this);
            }
        }
    }
}
