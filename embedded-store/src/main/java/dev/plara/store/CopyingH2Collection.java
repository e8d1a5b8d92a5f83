package dev.plara.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * A journaled H2 collection that hands out copies of the documents H2 holds, and counts the documents its queries read.
 * mongo-java-server applies an update to the very object it read before putting it back, and H2 may be writing that
 * object to the file at that moment for another client's commit (a {@code ConcurrentModificationException} there
 * fails the commit and H2 closes the store for good).
 */
abstract class CopyingH2Collection extends JournaledH2Collection {

    private final MVMap<Object, Document> data;
    private final LongAdder documentsRead = new LongAdder();

    CopyingH2Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                        MVMap<String, Object> meta, CursorRegistry cursors, Supplier<Journal> journal) {
        super(database, name, options, data, meta, cursors, journal);
        this.data = data;
    }

    /**
     * How many documents queries have read out of the collection's map since it was opened: each one a walk or an
     * index's plan reads, each match of a scan (tests ask; a striped count, so the threads reading never contend).
     */
    long documentsRead() {
        return documentsRead.sum();
    }

    /** The document at {@code position} as H2 holds it, not copied (a walk's, which hands it to no update), counted. */
    Document read(Object position) {
        documentsRead.increment();
        return data.get(position);
    }

    @Override
    protected Document getDocument(Object position) {
        var document = read(position);
        return document == null ? null : document.cloneDeeply();
    }

    /** A scan of the whole collection: the documents that match, as copies (with the cursor of any further batch). */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                         Document fieldSelector) {
        var matched = super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        var copies = new ArrayList<Document>();
        matched.forEach(document -> copies.add(document.cloneDeeply()));
        documentsRead.add(copies.size());
        return new QueryResult(copies, matched.getCursorId());
    }
}
