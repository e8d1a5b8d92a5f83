package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file in mongo-java-server's Java-serialized format keeps it: the store finds, scans, updates and deletes its
 * documents, replays its journal after a crash, and mongo-java-server's own H2 backend still reads it afterwards.
 */
class SerializedFormatTest {

    @TempDir
    Path dir;

    @Test
    void aSerializedFileIsChangedReplayedAndStillReadByThePlainBackend() {
        withPlainBackend(ledger -> {
            for (int i = 0; i < 30; i++) {
                ledger.insertOne(new Document("_id", "o" + i).append("n", i));
            }
        });
        try (var harness = new CrashHarness(dir)) {
            var first = harness.open();
            assertThat(first.storesBson()).isFalse();
            var ledger = harness.database(first).getCollection("ledger");
            ledger.updateMany(Filters.lt("n", 10), Updates.set("paid", true));
            ledger.deleteOne(Filters.eq("_id", "o29"));
            ledger.insertOne(new Document("_id", "o30").append("n", 30).append("paid", true));
            harness.crash(first);

            var second = harness.open();
            var replayed = harness.database(second).getCollection("ledger");
            assertThat(replayed.countDocuments(Filters.eq("paid", true))).isEqualTo(11);
            assertThat(replayed.find(Filters.eq("_id", "o5")).first()).containsEntry("paid", true);
            second.close();
        }
        withPlainBackend(ledger -> {
            assertThat(ledger.countDocuments()).isEqualTo(30);
            assertThat(ledger.find(Filters.eq("paid", true)).map(document -> document.get("_id"))
                    .into(new ArrayList<>())).hasSize(11).contains("o0", "o9", "o30");
        });
    }

    private void withPlainBackend(Consumer<com.mongodb.client.MongoCollection<Document>> use) {
        var server = new MongoServer(new H2Backend(dir.resolve(EmbeddedMongo.FILE_NAME).toString()));
        var address = server.bind();
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            use.accept(client.getDatabase("plara").getCollection("ledger"));
        } finally {
            server.shutdown();
        }
    }
}
