package dev.plara.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A journaled H2 collection that applies the updates {@link PlainUpdate} handles itself, to shallow copies of the
 * documents it reads, and leaves every other update to mongo-java-server.
 */
abstract class PlainUpdatingH2Collection extends JournaledH2Collection {

    PlainUpdatingH2Collection(MongoDatabase database, String name, CollectionOptions options,
                              MVMap<Object, Object> data, MVMap<String, Object> meta, CursorRegistry cursors,
                              Supplier<Journal> journal) {
        super(database, name, options, data, meta, cursors, journal);
    }

    /**
     * An update or upsert that {@link PlainUpdate} applies (most of those a ledger's ingest and its outbox send)
     * without mongo-java-server's copies of the documents it reads; any other, and one it refuses, as
     * mongo-java-server applies it. Every document found is changed in memory before any is written, so a refusal
     * leaves all to mongo-java-server. It answers, checks the indexes, writes and tells the oplog as mongo-java-server
     * does.
     */
    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
                                                 boolean multi, boolean upsert, Oplog oplog) {
        if (getIndexes().isEmpty() || !PlainUpdate.handles(update, arrayFilters, getIdField())) {
            return super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog);
        }
        var changes = new ArrayList<Document>();
        for (var document : queryDocuments(selector, null, 0, 0, 0, null)) {
            var changed = PlainUpdate.applied(document, update, false);
            if (changed == null) {
                return super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog);
            }
            changes.add(document);
            changes.add(changed);
            if (!multi) {
                break;
            }
        }
        if (changes.isEmpty() && upsert) {
            return upserted(selector, update, arrayFilters, multi, oplog);
        }
        var modified = new ArrayList<>();
        for (int i = 0; i < changes.size(); i += 2) {
            if (written(changes.get(i), changes.get(i + 1))) {
                modified.add(changes.get(i).get(getIdField()));
            }
        }
        oplog.handleUpdate(getFullName(), selector, update, modified);
        return new Document("n", changes.size() / 2).append("nModified", modified.size());
    }

    private Document upserted(Document selector, Document update, ArrayFilters arrayFilters, boolean multi,
                              Oplog oplog) {
        var start = PlainUpdate.upsertStart(selector, getIdField());
        var inserted = start == null ? null : PlainUpdate.applied(start, update, true);
        if (inserted == null) {
            return super.updateDocuments(selector, update, arrayFilters, multi, true, oplog);
        }
        inserted.computeIfAbsent(getIdField(), name -> new ObjectId());
        addDocument(inserted);
        oplog.handleInsert(getFullName(), List.of(inserted));
        return new Document("upserted", inserted.get(getIdField())).append("n", 0).append("nModified", 0);
    }

    /** Writes {@code changed} in place of {@code document} unless it is the same, saying whether it was modified. */
    private boolean written(Document document, Document changed) {
        if (changed == document) {
            return false;
        }
        for (var index : getIndexes()) {
            index.checkUpdate(document, changed, this);
        }
        Object position = null;
        for (var index = getIndexes().iterator(); position == null && index.hasNext(); ) {
            position = index.next().getPosition(document);
        }
        for (var index : getIndexes()) {
            index.updateInPlace(document, changed, position, this);
        }
        handleUpdate(position, document, changed);
        return PlainUpdate.modified(document, changed);
    }
}
