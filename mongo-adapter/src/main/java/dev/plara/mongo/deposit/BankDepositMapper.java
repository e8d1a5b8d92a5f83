package dev.plara.mongo.deposit;

import dev.plara.mongo.collection.DocumentValues;
import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.deposit.Review;
import dev.plara.wallet.core.domain.user.UserId;
import org.bson.Document;

/**
 * Maps a bank deposit to its {@code bank_deposits} document and back. {@code activeCode} repeats the transaction
 * code while the deposit is not rejected, so a sparse unique index allows one live deposit per code and a rejection
 * frees it.
 */
final class BankDepositMapper {

    static final String ACTIVE_CODE = "activeCode";

    private BankDepositMapper() {
    }

    static Document toDocument(BankDeposit deposit) {
        var document = new Document("_id", deposit.id().value())
                .append("user", deposit.user().value())
                .append("amount", DocumentValues.money(deposit.amount()))
                .append("receipt", deposit.receipt().value())
                .append("senderName", deposit.senderName())
                .append("transactionCode", deposit.transactionCode())
                .append("phone", deposit.phone())
                .append("status", deposit.status().name())
                .append("submittedAt", DocumentValues.date(deposit.submittedAt()));
        DocumentValues.putIfPresent(document, "review", DocumentValues.mapNullable(deposit.review(), BankDepositMapper::review));
        boolean active = deposit.status() != DepositStatus.REJECTED;
        return DocumentValues.putIfPresent(document, ACTIVE_CODE, active ? deposit.transactionCode() : null);
    }

    static BankDeposit fromDocument(Document d) {
        return new BankDeposit(new DepositId(d.getString("_id")), new UserId(d.getString("user")),
                DocumentValues.money(d.get("amount", Document.class)), new ReceiptRef(d.getString("receipt")),
                d.getString("senderName"), d.getString("transactionCode"), d.getString("phone"),
                DepositStatus.valueOf(d.getString("status")), DocumentValues.instant(d.getDate("submittedAt")),
                DocumentValues.mapNullable(d.get("review", Document.class), BankDepositMapper::review));
    }

    private static Document review(Review review) {
        var document = new Document("reviewer", review.reviewer()).append("at", DocumentValues.date(review.at()));
        return DocumentValues.putIfPresent(document, "reason", review.reason());
    }

    private static Review review(Document d) {
        return new Review(d.getString("reviewer"), DocumentValues.instant(d.getDate("at")), d.getString("reason"));
    }
}
