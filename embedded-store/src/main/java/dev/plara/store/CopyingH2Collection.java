package dev.plara.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A journaled H2 collection whose every reader gets a document of its own, decoded from what H2 holds
 * ({@link StoredDocuments#document}), and that counts the documents its queries read. mongo-java-server applies an
 * update to the very object it read before putting it back: a decoded object is no one else's.
 */
abstract class CopyingH2Collection extends PlainUpdatingH2Collection {

    private final MVMap<Object, Object> data;
    private final LongAdder documentsRead = new LongAdder();

    CopyingH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Object> data,
                        MVMap<String, Object> meta, CursorRegistry cursors, Supplier<Journal> journal) {
        super(database, name, options, data, meta, cursors, journal);
        this.data = data;
    }

    /**
     * How many documents queries have read out of the collection's map since it was opened, each one decoded: each one
     * a walk or an index's plan reads, and every document of the collection for a scan (tests ask; a striped count, so
     * the threads reading never contend).
     */
    long documentsRead() {
        return documentsRead.sum();
    }

    /** The document at {@code position}, decoded, counted; null when there is none. */
    Document read(Object position) {
        var stored = data.get(position);
        return stored == null ? null : decoded(stored);
    }

    private Document decoded(Object stored) {
        documentsRead.increment();
        return stored().document(stored);
    }

    @Override
    protected Document getDocument(Object position) {
        return read(position);
    }

    @Override
    protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
        return data.entrySet().stream()
                .map(entry -> new DocumentWithPosition<>(decoded(entry.getValue()), entry.getKey()));
    }

    /** A scan of the whole collection, each document decoded: those that match (with any further batch's cursor). */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document fieldSelector) {
        var documents = isNaturalDescending(orderBy)
                ? streamAllDocumentsWithPosition().sorted((a, b) -> ValueComparator.desc()
                .compare(a.getPosition(), b.getPosition())).map(DocumentWithPosition::getDocument)
                : data.values().stream().map(this::decoded);
        return matchDocumentsFromStream(documents, query, orderBy, skip, limit, batchSize, fieldSelector);
    }

    /**
     * The documents at {@code positions} that match, read one at a time until {@code limit} of them matched, as
     * mongo-java-server's stream reads them, without the stream: for a query that neither sorts, skips nor projects
     * (every query of an update or a delete). Any other as mongo-java-server answers it.
     */
    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy, int skip,
                                         int limit, int batchSize, Document fieldSelector) {
        if (skip > 0 || orderBy != null && !orderBy.isEmpty() || fieldSelector != null && !fieldSelector.isEmpty()) {
            return super.matchDocuments(query, positions, orderBy, skip, limit, batchSize, fieldSelector);
        }
        var matched = new ArrayList<Document>();
        for (var position = positions.iterator(); position.hasNext() && (limit <= 0 || matched.size() < limit); ) {
            var document = getDocument(position.next());
            if (documentMatchesQuery(document, query)) {
                matched.add(document);
            }
        }
        return createQueryResult(matched, batchSize);
    }
}
