package dev.plara.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An H2 collection that records in the store's {@link Journal} every change it makes to its documents, right after
 * making it and while it holds the collection's lock (every change of mongo-java-server's collections is
 * made under it), so the journal has each document's changes in the order they were made. A written document is turned
 * once into what the map holds ({@link StoredDocuments#stored}: its BSON bytes), and the journal records those very
 * bytes. Its indexes are not journaled: they are rebuilt from the documents whenever the file opens. Its size
 * ({@code collStats}' {@code size}) is not kept as documents change: it is summed from the documents when asked (a
 * size an older file kept in its meta map is ignored).
 */
abstract class JournaledH2Collection extends H2Collection {

    private final MVMap<Object, Object> documents;
    private final StoredDocuments stored;
    private final Supplier<Journal> journal;

    @SuppressWarnings("unchecked")
    JournaledH2Collection(MongoDatabase database, String name, CollectionOptions options,
                          MVMap<Object, Object> documents, MVMap<String, Object> meta, CursorRegistry cursors,
                          Supplier<Journal> journal) {
        super(database, name, options, (MVMap<Object, Document>) (MVMap<Object, ?>) documents, meta, cursors);
        this.documents = documents;
        this.stored = StoredDocuments.of(documents);
        this.journal = journal;
    }

    /** How the map holds the documents: every reader decodes through it. */
    StoredDocuments stored() {
        return stored;
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        var position = Missing.ofNullable(getIdField() != null ? idOf(document) : UUID.randomUUID());
        var value = stored.stored(document);
        if (documents.putIfAbsent(position, value) != null) {
            throw new IllegalStateException("a document with the key " + position + " is already in " + this);
        }
        journal.get().put(documents, position, value);
        return position;
    }

    /** The document's {@code _id}, read straight from it (mongo-java-server's way splits the name by a pattern). */
    private Object idOf(Document document) {
        var field = getIdField();
        return field.contains(".") ? Utils.getSubdocumentValue(document, field) : document.getOrMissing(field);
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        var value = stored.stored(newDocument);
        documents.put(Missing.ofNullable(position), value);
        journal.get().put(documents, Missing.ofNullable(position), value);
    }

    @Override
    protected void removeDocument(Object position) {
        if (documents.remove(position) == null) {
            throw new NoSuchElementException("no document with the key " + position + " in " + this);
        }
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
            size += stored.size(document);
        }
        return Math.toIntExact(size);
    }
}
