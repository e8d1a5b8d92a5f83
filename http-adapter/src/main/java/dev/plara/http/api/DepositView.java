package dev.plara.http.api;

import dev.plara.wallet.core.domain.deposit.BankDeposit;

/** A bank deposit submission with where its review stands; {@code receiptUrl} serves its receipt to owner and admins. */
record DepositView(String id, String userId, MoneyView amount, String status, String senderName,
                   String transactionCode, String phone, String submittedAt, String reviewedBy, String reviewedAt,
                   String rejectionReason, String receiptUrl) {

    static DepositView from(BankDeposit deposit) {
        var review = deposit.review();
        return new DepositView(deposit.id().value(), deposit.user().value(), MoneyView.from(deposit.amount()),
                WireFormat.name(deposit.status()), deposit.senderName(), deposit.transactionCode(), deposit.phone(),
                WireFormat.time(deposit.submittedAt()), review == null ? null : review.reviewer(),
                review == null ? null : WireFormat.time(review.at()), review == null ? null : review.reason(),
                "/api/admin/deposits/" + deposit.id().value() + "/receipt");
    }
}
