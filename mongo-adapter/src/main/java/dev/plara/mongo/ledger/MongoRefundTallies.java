package dev.plara.mongo.ledger;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.RefundPart;
import dev.plara.wallet.core.domain.ledger.RefundTally;
import dev.plara.wallet.core.port.out.RefundTallies;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refund tallies in {@code refund_tallies}, one document per deposit order ({@code _id} the order id) with its version
 * and parts. The first version is an insert-if-absent on {@code _id}, each later one an update guarded by the version
 * before it: compare-and-sets a single document write makes atomic, so no transaction is needed. Every save sets
 * {@code open} (sparse index), which a close unsets, guarded by the version it saw, and {@code savedAt}.
 */
public final class MongoRefundTallies implements RefundTallies {

    private static final String VERSION = "version";
    private static final String PARTS = "parts";
    private static final String OPEN = "open";
    private static final String SAVED_AT = "savedAt";

    private final StoreCollection tallies;

    public MongoRefundTallies(StoreCollection tallies) {
        this.tallies = tallies;
    }

    @Override
    public Optional<RefundTally> find(String orderId) {
        return Optional.ofNullable(tallies.byId(orderId)).map(MongoRefundTallies::tally);
    }

    @Override
    public boolean save(RefundTally next) {
        var parts = next.parts().stream().map(MongoRefundTallies::document).toList();
        if (next.version() == 1) {
            return tallies.insertIfAbsent(new Document("_id", next.orderId()).append(VERSION, 1L).append(PARTS, parts)
                    .append(OPEN, true).append(SAVED_AT, DocumentValues.date(next.savedAt())));
        }
        return tallies.update(DocumentValues.allOf(Filters.eq("_id", next.orderId()),
                        Filters.eq(VERSION, next.version() - 1)),
                Updates.combine(Updates.set(VERSION, next.version()), Updates.set(PARTS, parts),
                        Updates.set(OPEN, true), Updates.set(SAVED_AT, DocumentValues.date(next.savedAt()))))
                .getModifiedCount() == 1;
    }

    @Override
    public List<RefundTally> open(Instant savedBefore, int limit) {
        var saved = Filters.not(Filters.gte(SAVED_AT, DocumentValues.date(savedBefore)));
        return tallies.find(DocumentValues.allOf(Filters.eq(OPEN, true), saved)).sort(Sorts.ascending("_id")).limit(limit)
                .map(MongoRefundTallies::tally).into(new ArrayList<>());
    }

    @Override
    public void closed(RefundTally tally) {
        tallies.update(DocumentValues.allOf(Filters.eq("_id", tally.orderId()), Filters.eq(VERSION, tally.version())),
                Updates.unset(OPEN));
    }

    /** A tally saved before the time was kept counts as saved long ago. */
    private static Instant savedAt(Document document) {
        var saved = DocumentValues.instant(document.getDate(SAVED_AT));
        return saved == null ? Instant.EPOCH : saved;
    }

    private static Document document(RefundPart part) {
        return DocumentValues.putIfPresent(new Document("key", part.key().value())
                .append("refunded", DocumentValues.money(part.refunded()))
                .append("debited", DocumentValues.money(part.debited())), "taxReturned",
                DocumentValues.money(part.taxReturned()));
    }

    private static RefundTally tally(Document document) {
        List<Document> parts = document.getList(PARTS, Document.class);
        return new RefundTally(document.getString("_id"), DocumentValues.longValue(document, VERSION), parts.stream()
                .map(part -> new RefundPart(new IdempotencyKey(part.getString("key")),
                        DocumentValues.money(part.get("refunded", Document.class)),
                        DocumentValues.money(part.get("debited", Document.class)),
                        DocumentValues.money(part.get("taxReturned", Document.class)))).toList(),
                savedAt(document));
    }
}
