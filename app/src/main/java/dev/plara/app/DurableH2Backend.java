package dev.plara.app;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;

import java.util.List;
import java.util.Set;

/**
 * The H2 file backend, answering a command that changed something only once a commit covering it is in the file (the
 * operating system's cache). H2 on its own commits about once a second, so a {@code kill -9} would lose up to a second
 * of writes the client was told had succeeded. Commands finishing together share one commit ({@link GroupCommit}); a
 * command that changed nothing waits for nothing. Its collections also use a unique index for queries that pin its keys
 * and ask more ({@link IndexedH2Collection}), and a file it creates keeps documents and index keys as BSON.
 */
final class DurableH2Backend extends H2Backend {

    /** Commands that never change anything, so they wait for no commit. */
    private static final Set<String> READS = Set.of("find", "getMore", "count", "distinct", "listCollections",
            "listIndexes", "isMaster", "ismaster", "hello", "ping", "buildInfo", "buildinfo", "killCursors");

    private static final String FORMAT_MAP = "plara.format";
    private static final String FORMAT_KEY = "documents";
    private static final String BSON_FORMAT = "bson";

    private final GroupCommit commits = new GroupCommit(this::commit);

    DurableH2Backend(String fileName) {
        super(fileName);
        if (getMvStore().getMapNames().isEmpty()) {
            getMvStore().openMap(FORMAT_MAP).put(FORMAT_KEY, BSON_FORMAT);
            getMvStore().commit();
        }
    }

    /**
     * Whether this file keeps documents and index keys as BSON ({@link BsonDocumentType}, {@link KeyValueType}): every
     * file this backend created does; a file mongo-java-server's own H2 backend (or an earlier Plara) created keeps its
     * Java-serialized format, read and written as before.
     */
    boolean storesBson() {
        return getMvStore().hasMap(FORMAT_MAP);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new IndexedH2Database(name);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            if (!READS.contains(command)) {
                commits.awaitCommitOfWhatIsWritten();
            }
        }
    }

    /**
     * An H2 database whose collections are {@link IndexedH2Collection}s, in the very maps mongo-java-server's own H2
     * database uses ({@code databases.<db>.<collection>}, {@code meta.<db>.<collection>} and
     * {@code <db>.<collection>._index_<name>}), with the BSON types when the file {@linkplain #storesBson stores BSON},
     * so a file of the plain H2 backend opens as it is. An inner class on purpose: its superclass opens the existing
     * collections from its constructor, and only the enclosing backend's store is reachable that early.
     */
    private final class IndexedH2Database extends H2Database {

        IndexedH2Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
            var namespace = getFullCollectionNamespace(name);
            var store = getMvStore();
            MVMap<Object, Document> documents = storesBson()
                    ? store.openMap("databases." + namespace, new MVMap.Builder<Object, Document>()
                            .valueType(new BsonDocumentType()))
                    : store.openMap("databases." + namespace);
            return new IndexedH2Collection(this, name, options, documents, store.openMap("meta." + namespace),
                    cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collection, String name, List<IndexKey> keys,
                                                        boolean sparse) {
            if (!storesBson()) {
                return super.openOrCreateUniqueIndex(collection, name, keys, sparse);
            }
            MVMap<KeyValue, Object> positions = getMvStore().openMap(
                    getFullCollectionNamespace(collection) + "._index_" + name,
                    new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
            return new BsonUniqueIndex(positions, name, keys, sparse);
        }
    }
}
