package dev.plara.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
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

    private final MVMap<Object, Document> data;

    IndexedH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                        MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
        this.data = data;
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document fieldSelector) {
        var planned = pinnedPositions(query).or(() -> prefixPositions(query, orderBy));
        if (planned.isPresent()) {
            return matchDocuments(query, planned.get(), orderBy, skip, limit, batchSize, fieldSelector);
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
            var values = pinnedLeadingValues(index, query);
            if (values.size() == index.getKeys().size()) {
                var keys = new Document();
                for (int i = 0; i < values.size(); i++) {
                    keys.put(index.getKeys().get(i).getKey(), values.get(i));
                }
                return Optional.of(index.getPositions(keys));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the documents {@code query} can match are, by the non-unique index whose leading keys it pins to plain
     * values, the most of them, in the order a scan meets them (so answers, ties in a sort included, are a scan's);
     * empty when none is pinned, when a unique index plans the query or when it asks for the natural order.
     */
    Optional<Iterable<Object>> prefixPositions(Document query, Document orderBy) {
        if ((orderBy != null && orderBy.containsKey("$natural")) || getIndexes().stream().anyMatch(i -> i.canHandle(query))) {
            return Optional.empty();
        }
        BsonSecondaryIndex best = null;
        List<Object> pinned = List.of();
        for (Index<Object> index : getIndexes()) {
            if (index instanceof BsonSecondaryIndex secondary) {
                var values = pinnedLeadingValues(secondary, query);
                if (values.size() > pinned.size()) {
                    best = secondary;
                    pinned = values;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        var positions = new TreeSet<>(data.getKeyType()::compare);
        positions.addAll(best.positionsWithPrefix(new KeyValue(pinned).normalized()));
        return Optional.of(positions);
    }

    private static List<Object> pinnedLeadingValues(Index<Object> index, Document query) {
        var values = new ArrayList<>();
        for (IndexKey key : index.getKeys()) {
            var value = query.get(key.getKey());
            if (!isPlain(value)) {
                break;
            }
            values.add(value);
        }
        return values;
    }

    /** A value equality on it can only mean "equal to this": no operator, sub-document, array or null. */
    private static boolean isPlain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Date
                || value instanceof ObjectId || value instanceof UUID;
    }
}
