package dev.plara.store;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An H2 database answering three commands as MongoDB does: the driver's {@code countDocuments} from an index where
 * one holds the count ({@link IndexCounts}), a pipeline starting with a {@code $match} over the documents an index
 * finds for it ({@link MatchFirstAggregation}), and a {@code createIndexes} one of whose indexes the documents refuse
 * making none of them (MongoDB builds the indexes of one command as one build and aborts them together, where
 * mongo-java-server keeps those it made before the refused one). Unlike MongoDB's abort, the drop is not atomic with
 * the build: a crash between them (or a commit H2 makes by itself) can leave one of them after a restart. It has no
 * fields: its superclass opens the existing collections from its constructor.
 */
abstract class IndexCommandsDatabase extends H2Database {

    IndexCommandsDatabase(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
    }

    /** Tells the backend that an index is dropped: its commands then wait for a commit rather than the journal. */
    protected abstract void indexDropped();

    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                                  Oplog oplog) {
        if ("createIndexes".equals(command) && query.get(command) instanceof String name) {
            synchronized (this) {
                var before = indexNames(name);
                try {
                    return super.handleCommand(channel, command, query, resolver, oplog);
                } catch (RuntimeException refused) {
                    for (var made : indexNames(name).stream().filter(index -> !before.contains(index)).toList()) {
                        indexDropped();
                        super.handleCommand(channel, "dropIndexes",
                                new Document("dropIndexes", name).append("index", made), resolver, oplog);
                    }
                    throw refused;
                }
            }
        }
        var filter = "aggregate".equals(command) ? IndexCounts.countedFilter(query) : Optional.<Document>empty();
        if ("aggregate".equals(command) && query.get(command) instanceof String name
                && resolveCollection(name, false) instanceof IndexedH2Collection collection) {
            if (filter.isPresent()) {
                var count = IndexCounts.count(collection, filter.get());
                return IndexCounts.response(getFullCollectionNamespace(name), count);
            }
            var planned = MatchFirstAggregation.answer(this, collection, query, resolver, oplog);
            if (planned.isPresent()) {
                return planned.get();
            }
        }
        return super.handleCommand(channel, command, query, resolver, oplog);
    }

    /** The names of the collection's indexes; none when it does not exist. */
    final Set<String> indexNames(String collection) {
        var made = resolveCollection(collection, false);
        return made == null ? Set.of() : made.getIndexes().stream().map(Index::getName).collect(Collectors.toSet());
    }
}
