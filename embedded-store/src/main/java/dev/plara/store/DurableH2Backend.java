package dev.plara.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The H2 file backend, answering a command that changed something only once a commit covering it is in the file (the
 * operating system's cache). H2 on its own commits about once a second, so a {@code kill -9} would lose up to a second
 * of writes the client was told had succeeded. Commands finishing together share one commit ({@link GroupCommit}); a
 * command that changed nothing waits for nothing. Its collections also use a unique index for queries that pin its keys
 * and ask more ({@link IndexedH2Collection}), and a file it creates keeps documents and index keys as BSON. What it wrote
 * is forced to the disk every second, which lets H2 reuse the space of chunks it no longer needs after 5 s instead of
 * its default 45 s (H2 may overwrite such a chunk only once the chunks that replaced it are surely on the disk), so the
 * file holds about 5 s of page rewrites rather than 45 s' worth: a tenth of the size under load. H2's own background
 * writer is off (it would store asynchronously, behind a commit's back), so that thread also rewrites sparse chunks, as
 * H2's housekeeping would. Opening a file rebuilds
 * every index from the documents ({@link IndexedH2Database}) and commits, before anyone can be served.
 */
final class DurableH2Backend extends HelloAnsweringBackend {

    /** Commands that never change anything, so they wait for no commit. */
    private static final Set<String> READS = Set.of("find", "getMore", "count", "distinct", "listCollections",
            "listIndexes", "isMaster", "ismaster", "hello", "ping", "buildInfo", "buildinfo", "killCursors");

    private static final String FORMAT_MAP = "plara.format";
    private static final String FORMAT_KEY = "documents";
    private static final String BSON_FORMAT = "bson";

    /** How often what H2 wrote is forced to the disk, so that chunks older than {@link #RETENTION} are surely there. */
    private static final Duration SYNC_EVERY = Duration.ofSeconds(1);
    /** How long H2 keeps a chunk it no longer needs before reusing its space (H2's default is 45 s). */
    private static final Duration RETENTION = Duration.ofSeconds(5);

    /** False while the superclass's constructor opens the file's databases (so it has no initializer to reset it). */
    private volatile boolean opened;
    private final GroupCommit commits = new GroupCommit(this::commit);
    private final DiskSync syncs;

    DurableH2Backend(String fileName) {
        super(fileName);
        if (getMvStore().getMapNames().isEmpty()) {
            getMvStore().openMap(FORMAT_MAP).put(FORMAT_KEY, BSON_FORMAT);
        }
        getMvStore().commit();
        opened = true;
        // H2's background writer stores what it finds on a thread of its own and returns before the file has it; a
        // commit that meets no newer change then returns at once, so a write acknowledged in that moment could be lost
        // to a kill -9. Without it every store is one the committing thread makes itself (DiskSync does the rest).
        getMvStore().setAutoCommitDelay(0);
        getMvStore().setRetentionTime((int) RETENTION.toMillis());
        this.syncs = new DiskSync(getMvStore(), SYNC_EVERY);
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
    public void close() {
        syncs.close();
        super.close();
    }

    /** Every database of the file is opened by the constructor, its indexes rebuilt ({@link IndexedH2Database}). */
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
     * {@code <db>.<collection>._index_<name>}), with the BSON types when the file {@linkplain #storesBson stores
     * BSON}, so a file of the plain H2 backend opens as it is. While the backend opens its file, each index it opens
     * starts empty, so that the collection fills it again from its documents: H2 may have saved a document's removal
     * without its index's, or the other way round, when the process was killed between its background commits. An inner
     * class on purpose: its superclass opens the existing collections from its constructor, and only the enclosing
     * backend's store and state are reachable that early.
     */
    private final class IndexedH2Database extends H2Database {

        IndexedH2Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        /** Creates the collection, or answers NamespaceExists (48) as MongoDB does when several create it at once. */
        @Override
        public synchronized MongoCollection<Object> createCollectionOrThrowIfExists(String name,
                                                                                 CollectionOptions options) {
            return super.createCollectionOrThrowIfExists(name, options);
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
                emptyWhileOpening(getMvStore().openMap(mapName(collection, name)));
                return super.openOrCreateUniqueIndex(collection, name, keys, sparse);
            }
            return new BsonUniqueIndex(bsonIndexMap(collection, name), name, keys, sparse);
        }

        /** A non-unique index, kept ({@link BsonSecondaryIndex}) in a file that stores BSON, as before otherwise. */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collection, String name, List<IndexKey> keys,
                                                           boolean sparse) {
            if (!storesBson()) {
                return super.openOrCreateSecondaryIndex(collection, name, keys, sparse);
            }
            return new BsonSecondaryIndex(bsonIndexMap(collection, name), name, keys, sparse);
        }

        private MVMap<KeyValue, Object> bsonIndexMap(String collection, String name) {
            MVMap<KeyValue, Object> entries = getMvStore().openMap(mapName(collection, name),
                    new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
            emptyWhileOpening(entries);
            return entries;
        }

        private String mapName(String collection, String index) {
            return getFullCollectionNamespace(collection) + "._index_" + index;
        }

        private void emptyWhileOpening(MVMap<?, ?> index) {
            if (!opened) {
                index.clear();
            }
        }
    }
}
