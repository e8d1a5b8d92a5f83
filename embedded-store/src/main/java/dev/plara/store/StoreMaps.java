package dev.plara.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.DataType;

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

    /**
     * The documents of the collection whose namespace is {@code namespace} ({@code <db>.<collection>}), each held as
     * {@link StoredDocuments#of} says.
     */
    static MVMap<Object, Object> documents(MVStore store, String namespace) {
        return documentsMap(store, DOCUMENTS_PREFIX + namespace);
    }

    /** The map {@code name} in the types it is kept in, for the journal's replay. */
    static MVMap<Object, Object> forReplay(MVStore store, String name) {
        return name.startsWith(DOCUMENTS_PREFIX) ? documentsMap(store, name) : store.openMap(name);
    }

    @SuppressWarnings("unchecked")
    private static MVMap<Object, Object> documentsMap(MVStore store, String mapName) {
        var bson = (DataType<Object>) (DataType<?>) new BsonDocumentType();
        return storesBson(store) ? store.openMap(mapName, new MVMap.Builder<>().valueType(bson))
                : store.openMap(mapName);
    }
}
