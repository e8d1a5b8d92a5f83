package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The maps of the store's file and their types: a collection's documents ({@code databases.<db>.<collection>}) as BSON
 * in a file this store created, marked by a map of its own; everything else in H2's default types.
 */
final class StoreMaps {

    private static final String FORMAT_MAP = "plara.format";
    private static final String FORMAT_KEY = "documents";
    private static final String BSON_FORMAT = "bson";
    private static final String DOCUMENTS_PREFIX = "databases.";

    private StoreMaps() {
    }

    /** Marks a new, empty file as keeping BSON. */
    static void markBsonIfNew(MVStore store) {
        if (store.getMapNames().isEmpty()) {
            store.openMap(FORMAT_MAP).put(FORMAT_KEY, BSON_FORMAT);
        }
    }

    /**
     * Whether the file keeps documents and index keys as BSON ({@link BsonDocumentType}, {@link KeyValueType}): every
     * file this backend created does; a file mongo-java-server's own H2 backend (or an earlier Plara) created keeps its
     * Java-serialized format, read and written as before.
     */
    static boolean storesBson(MVStore store) {
        return store.hasMap(FORMAT_MAP);
    }

    /** The documents of the collection whose namespace is {@code namespace} ({@code <db>.<collection>}). */
    static MVMap<Object, Document> documents(MVStore store, String namespace) {
        return documentsMap(store, DOCUMENTS_PREFIX + namespace);
    }

    /** The map {@code name} in the types it is kept in, for the journal's replay. */
    @SuppressWarnings("unchecked")
    static MVMap<Object, Object> forReplay(MVStore store, String name) {
        return name.startsWith(DOCUMENTS_PREFIX) ? (MVMap<Object, Object>) (MVMap<Object, ?>) documentsMap(store, name)
                : store.openMap(name);
    }

    private static MVMap<Object, Document> documentsMap(MVStore store, String mapName) {
        return storesBson(store)
                ? store.openMap(mapName, new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()))
                : store.openMap(mapName);
    }
}
