package dev.plara.store;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serverStatus} counts the commands the store was sent by name, under {@code metrics.commands}, as MongoDB. */
class ServerStatusCommandsTest {

    @TempDir
    Path data;

    @Test
    @Timeout(60)
    void eachCommandIsCountedOnceByNameWhateverItCarries() {
        try (var store = EmbeddedMongo.open(data); var client = MongoClients.create(store.connectionString())) {
            var entries = client.getDatabase("plara").getCollection("entries");
            var before = commands(client.getDatabase("admin").runCommand(new Document("serverStatus", 1)));

            entries.insertMany(List.of(new Document("_id", 1), new Document("_id", 2), new Document("_id", 3)));
            entries.insertOne(new Document("_id", 4));
            entries.find(new Document("_id", 1)).first();
            var after = commands(client.getDatabase("admin").runCommand(new Document("serverStatus", 1)));

            assertThat(total(after, "insert") - total(before, "insert")).isEqualTo(2);
            assertThat(total(after, "find") - total(before, "find")).isEqualTo(1);
            assertThat(total(after, "serverStatus") - total(before, "serverStatus")).isEqualTo(1);
        }
    }

    private static Document commands(Document status) {
        return status.get("metrics", Document.class).get("commands", Document.class);
    }

    private static long total(Document commands, String name) {
        var command = commands.get(name, Document.class);
        return command == null ? 0 : ((Number) command.get("total")).longValue();
    }
}
