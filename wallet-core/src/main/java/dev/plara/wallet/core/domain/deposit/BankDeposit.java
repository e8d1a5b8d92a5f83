package dev.plara.wallet.core.domain.deposit;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's claim that they sent money by bank transfer, with the receipt to prove it, waiting for an admin's review.
 *
 * @param review {@code null} until an admin takes it up
 */
public record BankDeposit(
        DepositId id,
        UserId user,
        Money amount,
        ReceiptRef receipt,
        String senderName,
        String transactionCode,
        String phone,
        DepositStatus status,
        Instant submittedAt,
        Review review) {

    public BankDeposit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submitted at");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a deposit is a positive amount, not " + amount);
        }
        BankDetails.requireValid(senderName, transactionCode, phone);
        if ((status == DepositStatus.PENDING) != (review == null)) {
            throw new IllegalArgumentException("a deposit has a review exactly when it is no longer pending");
        }
        if ((status == DepositStatus.REJECTING || status == DepositStatus.REJECTED) && review.reason() == null) {
            throw new IllegalArgumentException("a rejection says why");
        }
    }

    public static BankDeposit submitted(DepositId id, UserId user, Money amount, ReceiptRef receipt,
                                        BankDetails details, Instant at) {
        return new BankDeposit(id, user, amount, receipt, details.senderName(), details.transactionCode(),
                details.phone(), DepositStatus.PENDING, at, null);
    }

    public BankDeposit approving(String reviewer, Instant at) {
        return with(DepositStatus.APPROVING, new Review(reviewer, at, null));
    }

    public BankDeposit approved() {
        return with(DepositStatus.APPROVED, review);
    }

    /** Releases an approval claim whose credit the ledger refused, so the deposit can be reviewed again. */
    public BankDeposit backToPending() {
        return with(DepositStatus.PENDING, null);
    }

    public BankDeposit rejected(String reviewer, Instant at, String reason) {
        return with(DepositStatus.REJECTED, new Review(reviewer, at, reason));
    }

    /** The claim a rejection takes before its notifications go out; {@link #rejected()} completes it. */
    public BankDeposit rejecting(String reviewer, Instant at, String reason) {
        return with(DepositStatus.REJECTING, new Review(reviewer, at, reason));
    }

    public BankDeposit rejected() {
        return with(DepositStatus.REJECTED, review);
    }

    private BankDeposit with(DepositStatus next, Review nextReview) {
        return new BankDeposit(id, user, amount, receipt, senderName, transactionCode, phone, next, submittedAt, nextReview);
    }
}
