package dev.plara.store;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code plara.jar embedded-store} serves the embedded store over the wire from its own process, and keeps its data. */
class EmbeddedStoreCommandTest {

    @TempDir
    Path data;

    @Test
    @Timeout(120)
    void servesTheStoreFromItsOwnProcessAndKeepsWhatWasWrittenAcrossARestart() throws Exception {
        inStoreProcess(uri -> {
            try (var client = MongoClients.create(uri)) {
                client.getDatabase("plara").getCollection("notes").insertOne(new Document("_id", "kept"));
            }
        });
        inStoreProcess(uri -> {
            try (var client = MongoClients.create(uri)) {
                assertThat(client.getDatabase("plara").getCollection("notes").find().first())
                        .isEqualTo(new Document("_id", "kept"));
            }
        });
    }

    private void inStoreProcess(Consumer<String> use) throws Exception {
        try (var store = new StoreProcess(data, 0)) {
            var uri = store.awaitListening();
            assertThat(uri).as("the store's start line").isPresent();
            use.accept(uri.get());
        }
    }
}
