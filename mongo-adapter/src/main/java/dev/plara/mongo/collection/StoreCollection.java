package dev.plara.mongo.collection;

import com.mongodb.MongoException;
import com.mongodb.client.AggregateIterable;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import dev.plara.mongo.transaction.SessionHolder;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * One collection as the stores use it: every call joins the current unit of work's session when there is one, and
 * every acknowledged write is reported to the {@link WriteObserver} ({@link SessionRoute}). Outside a unit of work,
 * inserts, upserts, updates acknowledged by the primary alone and reads by {@code _id} share a command with those of
 * their kind sent concurrently ({@link SharedWrites}, {@link SharedReads}).
 */
public final class StoreCollection {

    private final MongoCollection<Document> raw;
    private final SessionRoute route;
    private final SharedWrites shared;
    private final SharedReads reads;
    private final StoreRounds rounds;

    public StoreCollection(MongoCollection<Document> raw, SessionHolder sessions, WriteObserver observer,
                           StoreRounds rounds) {
        this.raw = raw;
        this.route = new SessionRoute(raw, sessions, observer, rounds);
        this.shared = new SharedWrites(raw, rounds);
        this.reads = new SharedReads(raw, rounds);
        this.rounds = rounds;
    }

    public FindIterable<Document> find(Bson filter) {
        return route.read(s -> raw.find(s, filter), () -> route.held(() -> raw.find(filter)));
    }

    public Document first(Bson filter) {
        return find(filter).first();
    }

    /** The document with this {@code _id}, or {@code null}; outside a unit of work, a shared read. */
    public Document byId(String id) {
        return route.read(s -> raw.find(s, Filters.eq("_id", id)).first(), () -> reads.byId(id));
    }

    /** Every document whose {@code field} holds {@code value}, by {@code _id}; outside a unit of work, shared. */
    public List<Document> where(String field, String value) {
        return route.read(s -> raw.find(s, Filters.eq(field, value)).sort(Sorts.ascending("_id"))
                .into(new ArrayList<>()), () -> reads.where(field, value));
    }

    public long count(Bson filter) {
        return route.read(s -> raw.countDocuments(s, filter), () -> route.held(() -> raw.countDocuments(filter)));
    }

    public AggregateIterable<Document> aggregate(List<Bson> pipeline) {
        return route.read(s -> raw.aggregate(s, pipeline), () -> route.held(() -> raw.aggregate(pipeline)));
    }

    /** The rounds this collection's commands are sent in. */
    public StoreRounds rounds() {
        return rounds;
    }

    /** Whether calls run inside a unit of work's transaction, where any refused write aborts it. */
    public boolean inTransaction() {
        return route.inTransaction();
    }

    /** Inserts, letting a duplicate key surface as the driver's exception. */
    public void insert(Document document) {
        route.write("insert", s -> raw.insertOne(s, document), () -> shared.insert(document));
    }

    /** Inserts unless its {@code _id} exists, saying whether it did ({@code $setOnInsert}: a repeat is no error). */
    public boolean insertIfAbsent(Document document) {
        return insertIfAbsent(document, shared::upsert);
    }

    /** {@link #insertIfAbsent} at {@code w:1} outside a unit of work: for a document whose loss loses nothing else. */
    public boolean insertIfAbsentAcknowledgedByPrimary(Document document) {
        return insertIfAbsent(document, shared::upsertAcknowledgedByPrimary);
    }

    private boolean insertIfAbsent(Document document, BiPredicate<Bson, Bson> sharedUpsert) {
        var fields = new Document(document);
        fields.remove("_id");
        Bson filter = Filters.eq("_id", document.get("_id")), update = new Document("$setOnInsert", fields);
        return DuplicateKey.falseIfRefused(() -> route.written("update", s -> raw.updateOne(s, filter, update,
                new UpdateOptions().upsert(true)).getUpsertedId() != null, () -> sharedUpsert.test(filter, update)),
                this::rethrowInTransaction);
    }

    /** Inserts, or {@code false} when a unique key is taken (in a unit of work: {@link #rethrowInTransaction}). */
    public boolean tryInsert(Document document) {
        return DuplicateKey.falseIfRefused(() -> {
            insert(document);
            return true;
        }, this::rethrowInTransaction);
    }

    /** In a unit of work, throws {@code refused} as transient so the whole unit runs again; outside, returns. */
    public void rethrowInTransaction(MongoException refused) {
        if (route.inTransaction()) {
            refused.addLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL);
            throw refused;
        }
    }

    public UpdateResult update(Bson filter, Bson update) {
        return update(filter, update, new UpdateOptions());
    }

    /**
     * An update at {@code w:1}, for a write whose loss in a failover is repaired on its own; unanswered, so that it can
     * share a command. Inside a unit of work it is part of the transaction.
     */
    public void updateAcknowledgedByPrimary(Bson filter, Bson update, UpdateOptions options) {
        route.write("update", s -> raw.updateOne(s, filter, update, options),
                () -> shared.updateAcknowledgedByPrimary(filter, update, options));
    }

    public UpdateResult update(Bson filter, Bson update, UpdateOptions options) {
        return route.written("update", s -> raw.updateOne(s, filter, update, options),
                () -> route.held(() -> raw.updateOne(filter, update, options)));
    }

    public UpdateResult updateMany(Bson filter, Bson update) {
        return route.written("updateMany", s -> raw.updateMany(s, filter, update),
                () -> route.held(() -> raw.updateMany(filter, update)));
    }

    public UpdateResult replace(Bson filter, Document replacement, ReplaceOptions options) {
        return route.written("replace", s -> raw.replaceOne(s, filter, replacement, options),
                () -> route.held(() -> raw.replaceOne(filter, replacement, options)));
    }

    public void delete(Bson filter) {
        route.write("delete", s -> raw.deleteOne(s, filter), () -> route.held(() -> raw.deleteOne(filter)));
    }

    public Document findAndUpdate(Bson filter, Bson update, FindOneAndUpdateOptions options) {
        return route.written("findAndUpdate", s -> raw.findOneAndUpdate(s, filter, update, options),
                () -> route.held(() -> raw.findOneAndUpdate(filter, update, options)));
    }
}
