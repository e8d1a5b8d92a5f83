package dev.plara.mongo.payment;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.Assignment;
import dev.plara.wallet.core.domain.payment.UnmatchedPayment;
import dev.plara.wallet.core.domain.payment.UnmatchedReason;
import dev.plara.wallet.core.domain.payment.UnmatchedRefund;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.UnmatchedPaymentStore;
import org.bson.Document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Parked payments in {@code unmatched_payments}, one per order id; an assignment is set once, when there is none. Held
 * refunds are kept beside them ({@link MongoHeldRefunds}).
 */
public final class MongoUnmatchedPaymentStore implements UnmatchedPaymentStore {

    private final StoreCollection payments;
    private final MongoHeldRefunds refunds;

    public MongoUnmatchedPaymentStore(StoreCollection payments, StoreCollection refunds) {
        this.payments = payments;
        this.refunds = new MongoHeldRefunds(refunds);
    }

    @Override
    public boolean park(UnmatchedPayment p) {
        var document = new Document("_id", p.orderId())
                .append("amount", DocumentValues.money(p.amount()))
                .append("reason", p.reason().name())
                .append("detail", p.detail())
                .append("parkedAt", DocumentValues.date(p.parkedAt()));
        DocumentValues.putIfPresent(document, "charged", DocumentValues.charged(p.charged()));
        DocumentValues.putIfPresent(document, "checkoutId", p.checkoutId());
        DocumentValues.putIfPresent(document, "customerEmail", p.customerEmail());
        DocumentValues.putIfPresent(document, "claimedUser", p.claimedUser());
        return payments.insertIfAbsent(DocumentValues.putIfPresent(document, "assignment",
                DocumentValues.mapNullable(p.assignment(), MongoUnmatchedPaymentStore::assignment)));
    }

    @Override
    public Optional<UnmatchedPayment> find(String orderId) {
        return Optional.ofNullable(payments.byId(orderId))
                .map(MongoUnmatchedPaymentStore::fromDocument);
    }

    @Override
    public boolean assign(String orderId, Assignment decision) {
        return payments.update(DocumentValues.allOf(Filters.eq("_id", orderId), Filters.exists("assignment", false)),
                Updates.set("assignment", assignment(decision))).getMatchedCount() == 1;
    }

    @Override
    public Page<UnmatchedPayment> list(boolean waitingOnly, PageRequest page) {
        var filter = waitingOnly ? Filters.exists("assignment", false) : Filters.empty();
        return DocumentValues.page(payments.find(filter).sort(Sorts.ascending("parkedAt", "_id")), page, payments.count(filter),
                MongoUnmatchedPaymentStore::fromDocument);
    }

    @Override
    public boolean holdRefund(UnmatchedRefund refund) {
        return refunds.hold(refund);
    }

    @Override
    public List<UnmatchedRefund> refundsOf(String orderId) {
        return refunds.of(orderId);
    }

    @Override
    public boolean refundApplied(String refundId, Instant at) {
        return refunds.applied(refundId, at);
    }

    @Override
    public Page<UnmatchedRefund> refunds(boolean waitingOnly, PageRequest page) {
        return refunds.list(waitingOnly, page);
    }

    private static Document assignment(Assignment a) {
        var document = new Document("user", a.user().value()).append("by", a.by()).append("at", DocumentValues.date(a.at()));
        return DocumentValues.putIfPresent(document, "note", a.note());
    }

    private static UnmatchedPayment fromDocument(Document d) {
        Assignment assignment = DocumentValues.mapNullable(d.get("assignment", Document.class), a -> new Assignment(
                new UserId(a.getString("user")), a.getString("by"), DocumentValues.instant(a.getDate("at")),
                a.getString("note")));
        return new UnmatchedPayment(d.getString("_id"), d.getString("checkoutId"),
                DocumentValues.money(d.get("amount", Document.class)),
                DocumentValues.charged(d.get("charged", Document.class)), d.getString("customerEmail"),
                d.getString("claimedUser"),
                UnmatchedReason.valueOf(d.getString("reason")), d.getString("detail"),
                DocumentValues.instant(d.getDate("parkedAt")), assignment);
    }
}
