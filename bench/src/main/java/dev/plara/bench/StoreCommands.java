package dev.plara.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;

import java.util.List;

/**
 * How many data commands (reads and writes, each command once whatever it carries) a MongoDB was sent since it started,
 * from {@code serverStatus}'s {@code metrics.commands}, which MongoDB and Plara's embedded store both report.
 */
final class StoreCommands implements AutoCloseable {

    private static final List<String> DATA = List.of("find", "getMore", "aggregate", "count", "insert", "update",
            "delete", "findAndModify");

    private final MongoClient client;

    StoreCommands(String uri) {
        this.client = MongoClients.create(uri);
    }

    long total() {
        var status = client.getDatabase("admin").runCommand(new Document("serverStatus", 1));
        var commands = status.get("metrics", new Document()).get("commands", new Document());
        return DATA.stream().map(name -> commands.get(name, new Document()).get("total", 0L))
                .mapToLong(total -> ((Number) total).longValue()).sum();
    }

    @Override
    public void close() {
        client.close();
    }
}
