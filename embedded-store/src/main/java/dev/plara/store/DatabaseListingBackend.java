package dev.plara.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend answering {@code listDatabases} from the databases it has open. mongo-java-server
 * opened each database again for it, as a second object over the same maps: every index of every collection rebuilt
 * from its documents (and an index map emptied first) while the database serving the clients went on writing into
 * them, on every {@code show dbs} of a tool or poll of a monitor.
 */
abstract class DatabaseListingBackend extends H2Backend {

    private static final String ADMIN = "admin";

    DatabaseListingBackend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!ADMIN.equals(database) || !"listDatabases".equalsIgnoreCase(command)) {
            return super.handleCommand(channel, database, command, query);
        }
        var databases = listDatabaseNames().stream().sorted().map(name -> new Document("name", name)
                .append("empty", resolveDatabase(name).isEmpty())).toList();
        return new Document("databases", databases).append("ok", 1.0);
    }
}
