package dev.plara.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * The databases of the backend's file ({@link IndexedH2Database}), with what they share: the store and the backend.
 * Its databases are inner classes on purpose: their superclass opens the existing collections from its constructor,
 * before a subclass's own fields are set, while the outer instance is already there.
 */
final class FileDatabases {

    private final MVStore store;
    private final DurableH2Backend backend;

    FileDatabases(MVStore store, DurableH2Backend backend) {
        this.store = store;
        this.backend = backend;
    }

    /**
     * An H2 database whose collections are {@link IndexedH2Collection}s (its index commands answered as by MongoDB,
     * {@link IndexCommandsDatabase}), in the very maps mongo-java-server's own H2 database uses ({@code
     * databases.<db>.<collection>}, {@code meta.<db>.<collection>} and {@code <db>.<collection>._index_<name>}), with the BSON types when the file {@linkplain StoreMaps#storesBson stores
     * BSON}, so a file of the plain H2 backend opens as it is. An index it opens that its collection lacks starts
     * empty, so that the collection fills it from its documents: while the file opens, as the journal holds documents,
     * not index keys, and H2 may hold a document's change without its index's; later, as a map a refused build of an
     * earlier Plara left would be found not empty and kept unbuilt. Every collection or index it makes, drops or
     * renames is told to the backend, whose commands then wait for a commit rather than the journal. The backend's
     * state is read at each call: the backend is still being constructed while it opens the file's databases.
     */
    final class IndexedH2Database extends IndexCommandsDatabase {

        IndexedH2Database(String name, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        /** Creates the collection, or answers NamespaceExists (48) as MongoDB does when several create it at once. */
        @Override
        public synchronized MongoCollection<Object> createCollectionOrThrowIfExists(String name,
                                                                                 CollectionOptions options) {
            return super.createCollectionOrThrowIfExists(name, options);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
            backend.schemaChanged();
            var namespace = getFullCollectionNamespace(name);
            return new IndexedH2Collection(this, name, options, StoreMaps.documents(store, namespace),
                    store.openMap("meta." + namespace), cursorRegistry, backend::journal,
                    backend.collectionScans());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collection, String name, List<IndexKey> keys,
                                                        boolean sparse) {
            backend.schemaChanged();
            if (!StoreMaps.storesBson(store)) {
                emptyUnlessMade(store.openMap(mapName(collection, name)), collection, name);
                return super.openOrCreateUniqueIndex(collection, name, keys, sparse);
            }
            return new BsonUniqueIndex(bsonIndexMap(collection, name), name, keys, sparse);
        }

        /** A non-unique index, kept ({@link BsonSecondaryIndex}) in a file that stores BSON, as before otherwise. */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collection, String name, List<IndexKey> keys,
                                                           boolean sparse) {
            backend.schemaChanged();
            if (!StoreMaps.storesBson(store)) {
                return super.openOrCreateSecondaryIndex(collection, name, keys, sparse);
            }
            return new BsonSecondaryIndex(bsonIndexMap(collection, name), name, keys, sparse);
        }

        @Override
        protected void indexDropped() {
            backend.schemaChanged();
        }

        @Override
        public void dropCollection(String collectionName, Oplog oplog) {
            backend.schemaChanged();
            super.dropCollection(collectionName, oplog);
        }

        @Override
        public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
            backend.schemaChanged();
            super.moveCollection(oldDatabase, collection, newCollectionName);
            backend.schemaChanged();
        }

        private MVMap<KeyValue, Object> bsonIndexMap(String collection, String name) {
            MVMap<KeyValue, Object> entries = store.openMap(mapName(collection, name),
                    new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
            emptyUnlessMade(entries, collection, name);
            return entries;
        }

        private String mapName(String collection, String index) {
            return getFullCollectionNamespace(collection) + "._index_" + index;
        }

        private void emptyUnlessMade(MVMap<?, ?> index, String collection, String name) {
            if (backend.opening() || !hasIndex(collection, name)) {
                index.clear();
            }
        }

        /**
         * Makes the index a description names. One the documents refuse (duplicate keys for a unique index, arrays in
         * two keys) leaves no map holding the keys its build got to; its description is kept only once it is made.
         * Under the database's lock, as mongo-java-server's: a build of the same index asked meanwhile waits for it.
         */
        @Override
        protected synchronized void addIndex(Document description) {
            try {
                super.addIndex(description);
            } catch (RuntimeException refused) {
                var collection = description.get("ns").toString().substring(getDatabaseName().length() + 1);
                var name = description.get("name").toString();
                var map = mapName(collection, name);
                if (!hasIndex(collection, name) && store.hasMap(map)) {
                    backend.schemaChanged();
                    store.removeMap(map);
                }
                throw refused;
            }
        }

        private boolean hasIndex(String collection, String name) {
            return indexNames(collection).contains(name);
        }
    }
}
