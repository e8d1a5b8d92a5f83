package dev.plara.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.function.Supplier;

/**
 * An H2 collection that records in the store's {@link Journal} every change it makes to its documents, right after
 * making it and while it holds the collection's lock (every change of mongo-java-server's collections is
 * made under it), so the journal has each document's changes in the order they were made. Its indexes are not
 * journaled: they are rebuilt from the documents whenever the file opens. Its size ({@code collStats}' {@code size})
 * is not kept as documents change, which would encode each written document once more only to measure it and journal
 * one more record: it is summed from the documents when asked (a size an older file kept in its meta map is ignored).
 */
abstract class JournaledH2Collection extends H2Collection {

    private final MVMap<Object, Document> documents;
    private final Supplier<Journal> journal;

    JournaledH2Collection(MongoDatabase database, String name, CollectionOptions options,
                          MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors,
                          Supplier<Journal> journal) {
        super(database, name, options, documents, meta, cursors);
        this.documents = documents;
        this.journal = journal;
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        var position = Missing.ofNullable(super.addDocumentInternal(document));
        journal.get().put(documents, position, document);
        return position;
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        super.handleUpdate(position, oldDocument, newDocument);
        journal.get().put(documents, Missing.ofNullable(position), newDocument);
    }

    @Override
    protected void removeDocument(Object position) {
        super.removeDocument(position);
        journal.get().remove(documents, position);
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    /**
     * The sum of the documents' BSON sizes, read from the whole collection. H2Collection's constructor asks once (for a
     * debug line) before this collection has its documents: none then.
     */
    @Override
    protected int getDataSize() {
        if (documents == null) {
            return 0;
        }
        long size = 0;
        for (var document : documents.values()) {
            size += BsonDocumentType.encodedSize(document);
        }
        return Math.toIntExact(size);
    }
}
