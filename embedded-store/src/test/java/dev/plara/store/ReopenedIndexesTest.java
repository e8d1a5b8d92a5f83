package dev.plara.store;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reopened file's indexes are rebuilt from its documents before the store answers anyone: a client knocking on the
 * port from the moment the process starts never gets a duplicate of a unique key accepted, and a key whose document a
 * kill lost (while its index kept it) is free again.
 */
class ReopenedIndexesTest {

    private static final int DUPLICATE_KEY = 11000;
    private static final int ENTRIES = 20_000;

    @TempDir
    Path data;

    @Test
    @Timeout(180)
    void aReopenedStoreRefusesDuplicatesFromItsFirstAnswerAndFreesKeysWhoseDocumentsWereLost() throws Exception {
        fillAndClose();
        loseDocumentButNotItsIndexKey("e0");
        int port = freePort();
        var accepted = new CopyOnWriteArrayList<Object>();
        var refused = new AtomicInteger();
        var stop = new AtomicBoolean();
        try (var store = new StoreProcess(data, port); var client = MongoClients.create(MongoClientSettings.builder()
                .applyToClusterSettings(cluster -> cluster.hosts(List.of(new ServerAddress("127.0.0.1", port)))
                        .serverSelectionTimeout(100, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(100, TimeUnit.MILLISECONDS)).build())) {
            var entries = client.getDatabase("plara").getCollection("entries");
            var knocking = CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    var duplicate = new Document("wallet", "w1").append("seq", 1);
                    try {
                        entries.insertOne(duplicate);
                        accepted.add(duplicate.get("_id"));
                    } catch (MongoWriteException e) {
                        if (e.getCode() == DUPLICATE_KEY) {
                            refused.incrementAndGet();
                        }
                    } catch (MongoException notServingYet) {
                        // the port is not open yet
                    }
                }
            });
            assertThat(store.awaitListening()).as("the store's start line").isPresent();
            awaitRefusals(refused);
            stop.set(true);
            knocking.get(30, TimeUnit.SECONDS);

            assertThat(accepted).as("duplicates of (w1, 1) accepted while the file reopened").isEmpty();
            assertThat(refused).as("duplicates refused").hasPositiveValue();
            entries.insertOne(new Document("_id", "again").append("wallet", "w0").append("seq", 0));
            assertThat(entries.countDocuments()).isEqualTo(ENTRIES);
        }
    }

    /** Lets the client knock on until the store, once the driver has found it, has refused it a few times. */
    private static void awaitRefusals(AtomicInteger refused) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (refused.get() < 5 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private void fillAndClose() {
        try (var store = EmbeddedMongo.open(data); var client = MongoClients.create(store.connectionString())) {
            var entries = client.getDatabase("plara").getCollection("entries");
            entries.createIndex(Indexes.ascending("wallet", "seq"), new IndexOptions().name("wallet_seq").unique(true));
            var batch = new ArrayList<Document>();
            for (int i = 0; i < ENTRIES; i++) {
                batch.add(new Document("_id", "e" + i).append("wallet", "w" + i % 50).append("seq", i / 50));
                if (batch.size() == 1_000) {
                    entries.insertMany(batch);
                    batch.clear();
                }
            }
        }
    }

    /** What a kill can leave: a document gone from the file while its unique index still holds its key. */
    private void loseDocumentButNotItsIndexKey(String id) {
        var file = new MVStore.Builder().fileName(data.resolve(EmbeddedMongo.FILE_NAME).toString()).open();
        try {
            MVMap<Object, byte[]> documents = file.openMap("databases.plara.entries",
                    new MVMap.Builder<Object, byte[]>().valueType(new BsonDocumentType()));
            assertThat(documents.remove(id)).as("document %s", id).isNotNull();
            file.commit();
        } finally {
            file.close();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
