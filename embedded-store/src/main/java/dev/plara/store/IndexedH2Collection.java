package dev.plara.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * An H2 collection that also finds documents through a unique index when the query pins every key of that index to a
 * plain value and asks more of the document ({@code {_id: x, status: "PENDING"}}). mongo-java-server uses an index
 * only when the query names exactly its keys, so every guarded single-document update would otherwise scan the whole
 * collection. The documents the index yields are still matched against the whole query, so answers are unchanged.
 *
 * <p>It hands out copies of the documents H2 holds: mongo-java-server applies an update to the very object it read
 * before putting it back, and H2 may be writing that object to the file at that moment for another client's commit (a
 * {@code ConcurrentModificationException} there fails the commit and H2 closes the store for good).
 */
final class IndexedH2Collection extends H2Collection {

    IndexedH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                        MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document fieldSelector) {
        var pinned = pinnedPositions(query);
        if (pinned.isPresent()) {
            return matchDocuments(query, pinned.get(), orderBy, skip, limit, batchSize, fieldSelector);
        }
        return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    @Override
    protected Document getDocument(Object position) {
        var document = super.getDocument(position);
        return document == null ? null : document.cloneDeeply();
    }

    /** A scan of the whole collection: the documents that match, as copies (with the cursor of any further batch). */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document fieldSelector) {
        var matched = super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        var copies = new ArrayList<Document>();
        matched.forEach(document -> copies.add(document.cloneDeeply()));
        return new QueryResult(copies, matched.getCursorId());
    }

    /**
     * Where the documents {@code query} can match are, by a unique index whose keys it pins and to which it adds more
     * conditions; empty when no such index exists (or when the query names exactly an index's keys, which
     * mongo-java-server plans itself).
     */
    Optional<Iterable<Object>> pinnedPositions(Document query) {
        for (Index<Object> index : getIndexes()) {
            if (!index.isUnique() || index.getKeys().size() >= query.size() || index.canHandle(query)) {
                continue;
            }
            var keys = new Document();
            for (IndexKey key : index.getKeys()) {
                var value = query.get(key.getKey());
                if (!isPlain(value)) {
                    keys = null;
                    break;
                }
                keys.put(key.getKey(), value);
            }
            if (keys != null) {
                return Optional.of(index.getPositions(keys));
            }
        }
        return Optional.empty();
    }

    /** A value equality on it can only mean "equal to this": no operator, sub-document, array or null. */
    private static boolean isPlain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Date
                || value instanceof ObjectId || value instanceof UUID;
    }
}
