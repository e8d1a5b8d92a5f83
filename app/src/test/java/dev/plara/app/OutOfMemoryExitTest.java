package dev.plara.app;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded store in the child JVM the launcher starts (its settings, with a 32 MiB heap in place of 192 MiB) runs
 * out of memory on a sort no index orders, over more documents than its heap holds: the process ends at once instead
 * of serving nothing and ignoring SIGTERM, and a restart finds every insert it acknowledged.
 */
class OutOfMemoryExitTest {

    private static final int BATCHES = 30;
    private static final int BATCH = 100;
    private static final String PAYLOAD = "x".repeat(16 * 1024);

    @TempDir
    Path dir;

    @Test
    void aStoreThatRunsOutOfMemoryEndsAndARestartKeepsEveryAcknowledgedInsert() throws Exception {
        int port = ServerProcess.freePort();
        var log = dir.resolve("oom.log");
        var process = Launcher.child(System.getProperty("java.class.path"), List.of("-Xmx32m"), List.of(
                        "embedded-store", "--port", String.valueOf(port), "--data", dir.resolve("data").toString()))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Set<String> acknowledged;
        try {
            await("the store's start line").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Files.readString(log, StandardCharsets.UTF_8).contains("listening on"));
            acknowledged = insertThenSortEverything("mongodb://127.0.0.1:" + port);

            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the store ended after it ran out of memory").isTrue();
        } finally {
            process.destroyForcibly().waitFor();
        }
        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("OutOfMemoryError");

        assertThat(acknowledged).isNotEmpty();
        try (var store = StoreChildProcess.start(dir); var client = MongoClients.create(store.uri())) {
            var kept = new HashSet<String>();
            for (var document : notes(client).find().projection(Projections.include("_id"))) {
                kept.add(document.getString("_id"));
            }
            assertThat(kept).containsAll(acknowledged);
        }
    }

    /** Inserts batches until all are in or one fails, then sorts them all by a field no index orders. */
    private static Set<String> insertThenSortEverything(String uri) {
        var acknowledged = new HashSet<String>();
        try (var client = MongoClients.create(uri + "/?socketTimeoutMS=120000&serverSelectionTimeoutMS=5000")) {
            var notes = notes(client);
            for (int b = 0; b < BATCHES; b++) {
                var batch = new ArrayList<Document>();
                for (int i = 0; i < BATCH; i++) {
                    batch.add(new Document("_id", "n" + b + "-" + i).append("rank", -i).append("payload", PAYLOAD));
                }
                notes.insertMany(batch);
                batch.forEach(note -> acknowledged.add(note.getString("_id")));
            }
            notes.find().sort(Sorts.ascending("rank")).first();
        } catch (MongoException outOfMemory) {
            // the store failed the command or ended; what it acknowledged before is checked after a restart
        }
        return acknowledged;
    }

    private static MongoCollection<Document> notes(MongoClient client) {
        return client.getDatabase("plara").getCollection("notes");
    }
}
