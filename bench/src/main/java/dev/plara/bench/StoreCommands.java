package dev.plara.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.List;

/**
 * How many data commands (reads and writes, each command once whatever it carries) a MongoDB was sent since it started,
 * from {@code serverStatus}'s {@code metrics.commands}, which MongoDB and Plara's embedded store both report; and how
 * many outbox messages its databases hold unsent, and how many of the data commands were this class's own asking.
 */
final class StoreCommands implements AutoCloseable {

    private static final List<String> DATA = List.of("find", "getMore", "aggregate", "count", "insert", "update",
            "delete", "findAndModify");

    private final MongoClient client;
    private long ownCommands;

    StoreCommands(String uri) {
        this.client = MongoClients.create(uri);
    }

    long total() {
        var status = client.getDatabase("admin").runCommand(new Document("serverStatus", 1));
        var commands = status.get("metrics", new Document()).get("commands", new Document());
        return DATA.stream().map(name -> commands.get(name, new Document()).get("total", 0L))
                .mapToLong(total -> ((Number) total).longValue()).sum();
    }

    /** Outbox messages not sent yet (pending, whether due or waiting for a retry) in every database of the store. */
    long unsentOutbox() {
        long unsent = 0;
        for (String database : client.listDatabaseNames()) {
            unsent += client.getDatabase(database).getCollection("outbox")
                    .countDocuments(Filters.eq("status", "PENDING"));
            ownCommands++;
        }
        return unsent;
    }

    /** The data commands {@link #unsentOutbox} sent so far (one count a database), to be left out of the target's. */
    long ownCommands() {
        return ownCommands;
    }

    @Override
    public void close() {
        client.close();
    }
}
