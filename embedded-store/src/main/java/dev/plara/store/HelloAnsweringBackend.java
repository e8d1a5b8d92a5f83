package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend answering {@code hello} (MongoDB 4.4.2 and later; clients ask it first and fall back to
 * {@code isMaster}, a round trip more, when it is refused) as MongoDB does: what {@code isMaster} says, with
 * {@code isWritablePrimary} in place of {@code ismaster}; announcing in both that it takes a whole schema in one
 * command ({@code plaraSchema: true}, {@link SchemaCommand}), so that a client sends that command to no other server;
 * and counting the commands it is sent, which {@code serverStatus} reports under {@code metrics.commands} as MongoDB
 * does ({@link CommandCounts}), and under {@code metrics.queryExecutor} the queries its collections answered by reading
 * a whole collection ({@link CollectionScans}).
 */
abstract class HelloAnsweringBackend extends DatabaseListingBackend {

    private static final String HELLO = "hello";
    private static final String IS_MASTER = "isMaster";

    private final CommandCounts counts = new CommandCounts();
    /** No initializer: it is made while the superclass's constructor opens the file's collections. */
    private CollectionScans scans;

    HelloAnsweringBackend(MVStore store) {
        super(store);
    }

    /** The scans of every collection of the store. */
    synchronized CollectionScans collectionScans() {
        if (scans == null) {
            scans = new CollectionScans();
        }
        return scans;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        counts.counted(command);
        if ("serverStatus".equalsIgnoreCase(command)) {
            var status = super.handleCommand(channel, database, command, query);
            status.put("metrics", counts.metrics().append("queryExecutor", collectionScans().metrics()));
            return status;
        }
        boolean hello = HELLO.equalsIgnoreCase(command);
        if (!hello && !IS_MASTER.equalsIgnoreCase(command)) {
            return super.handleCommand(channel, database, command, query);
        }
        var isMaster = super.handleCommand(channel, database, IS_MASTER, query).append(SchemaCommand.NAME, true);
        if (!hello) {
            return isMaster;
        }
        var answer = new Document("isWritablePrimary", isMaster.get("ismaster"));
        isMaster.forEach((field, value) -> {
            if (!"ismaster".equals(field)) {
                answer.put(field, value);
            }
        });
        return answer;
    }
}
