package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * How a collection's map holds its documents, and the one place that turns a document into what the map holds and
 * back: as BSON bytes in a file this store created ({@link BsonDocumentType}), as the document objects themselves in a
 * file kept in mongo-java-server's Java-serialized format ({@link StoreMaps#storesBson}).
 */
interface StoredDocuments {

    /** What the map holds for {@code document}: the journal records it, the map keeps it. */
    Object stored(Document document);

    /** The document {@code stored} holds, as an object of its own that the caller may change. */
    Document document(Object stored);

    /** How many bytes the document {@code stored} takes as BSON. */
    long size(Object stored);

    /** How {@code documents} holds its documents, by the type of its values. */
    static StoredDocuments of(MVMap<Object, ?> documents) {
        return (Object) documents.getValueType() instanceof BsonDocumentType bson ? bson : AsObjects.INSTANCE;
    }

    /**
     * The documents themselves, which H2 serializes as Java objects: the map keeps the object a command wrote, and
     * every reader gets a deep copy of it (mongo-java-server changes the object it read, which H2 may be writing
     * meanwhile).
     */
    enum AsObjects implements StoredDocuments {
        INSTANCE;

        @Override
        public Object stored(Document document) {
            return document;
        }

        @Override
        public Document document(Object stored) {
            return ((Document) stored).cloneDeeply();
        }

        @Override
        public long size(Object stored) {
            return BsonDocumentType.encode((Document) stored).length;
        }
    }
}
