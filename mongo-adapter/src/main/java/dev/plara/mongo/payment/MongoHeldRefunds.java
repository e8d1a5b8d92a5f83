package dev.plara.mongo.payment;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.UnmatchedRefund;
import dev.plara.wallet.core.domain.payment.UnmatchedRefundReason;
import org.bson.Document;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Refunds held for orders not credited, in {@code unmatched_refunds}, one per refund id; applied is set once. */
final class MongoHeldRefunds {

    private final StoreCollection refunds;

    MongoHeldRefunds(StoreCollection refunds) {
        this.refunds = refunds;
    }

    boolean hold(UnmatchedRefund held) {
        var refund = held.refund();
        return refunds.insertIfAbsent(new Document("_id", refund.refundId())
                .append("orderId", refund.orderId())
                .append("amount", DocumentValues.money(refund.amount()))
                .append("tax", DocumentValues.money(refund.tax()))
                .append("refundedAt", DocumentValues.date(refund.refundedAt()))
                .append("reason", held.reason().name())
                .append("heldAt", DocumentValues.date(held.heldAt())));
    }

    List<UnmatchedRefund> of(String orderId) {
        return refunds.where("orderId", orderId).stream().map(MongoHeldRefunds::fromDocument)
                .sorted(Comparator.comparing(UnmatchedRefund::heldAt)).toList();
    }

    boolean applied(String refundId, Instant at) {
        return refunds.update(DocumentValues.allOf(Filters.eq("_id", refundId), Filters.exists("appliedAt", false)),
                Updates.set("appliedAt", DocumentValues.date(at))).getModifiedCount() == 1;
    }

    Page<UnmatchedRefund> list(boolean waitingOnly, PageRequest page) {
        var filter = waitingOnly ? Filters.exists("appliedAt", false) : Filters.empty();
        return DocumentValues.page(refunds.find(filter).sort(Sorts.ascending("heldAt", "_id")), page,
                refunds.count(filter), MongoHeldRefunds::fromDocument);
    }

    private static UnmatchedRefund fromDocument(Document d) {
        var refund = new CompletedRefund(d.getString("_id"), d.getString("orderId"),
                DocumentValues.money(d.get("amount", Document.class)), DocumentValues.money(d.get("tax", Document.class)),
                DocumentValues.instant(d.getDate("refundedAt")));
        return new UnmatchedRefund(refund, UnmatchedRefundReason.valueOf(d.getString("reason")),
                DocumentValues.instant(d.getDate("heldAt")),
                DocumentValues.mapNullable(d.getDate("appliedAt"), DocumentValues::instant));
    }
}
