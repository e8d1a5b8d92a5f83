package dev.plara.app;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

import java.util.Set;

/**
 * The H2 file backend, answering a command that changed something only once a commit covering it is in the file (the
 * operating system's cache). H2 on its own commits about once a second, so a {@code kill -9} would lose up to a second
 * of writes the client was told had succeeded. Commands finishing together share one commit ({@link GroupCommit}); a
 * command that changed nothing waits for nothing. Its collections also use a unique index for queries that pin its keys and ask more
 * ({@link IndexedH2Collection}).
 */
final class DurableH2Backend extends H2Backend {

    /** Commands that never change anything, so they wait for no commit. */
    private static final Set<String> READS = Set.of("find", "getMore", "count", "distinct", "listCollections",
            "listIndexes", "isMaster", "ismaster", "hello", "ping", "buildInfo", "buildinfo", "killCursors");

    private final GroupCommit commits = new GroupCommit(this::commit);

    DurableH2Backend(String fileName) {
        super(fileName);
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
     * database uses ({@code databases.<db>.<collection>} and {@code meta.<db>.<collection>}), so files stay
     * interchangeable. An inner class on purpose: its superclass opens the existing collections from its constructor,
     * and only the enclosing backend's store is reachable that early.
     */
    private final class IndexedH2Database extends H2Database {

        IndexedH2Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
            var namespace = getFullCollectionNamespace(name);
            return new IndexedH2Collection(this, name, options, getMvStore().openMap("databases." + namespace),
                    getMvStore().openMap("meta." + namespace), cursorRegistry);
        }
    }
}
