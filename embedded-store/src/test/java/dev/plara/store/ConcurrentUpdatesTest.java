package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients updating the same few documents while their writes are committed: mongo-java-server applies an update
 * to the very document object it read, so a document H2 was writing to the file at that moment used to change under
 * it, the commit failed and H2 closed the store for good. Every update is applied and the store stays open.
 */
class ConcurrentUpdatesTest {

    private static final int THREADS = 8;
    private static final int UPDATES_PER_THREAD = 1_000;
    private static final int DOCUMENTS = 4;
    /** Enough fields that writing a document to the file takes a while. */
    private static final int FIELDS = 300;

    @TempDir
    Path data;

    @Test
    @Timeout(180)
    void everyUpdateIsAppliedAndTheStoreStaysOpen() throws Exception {
        try (var store = EmbeddedMongo.open(data); var client = MongoClients.create(store.connectionString())) {
            var wallets = client.getDatabase("plara").getCollection("wallets");
            var filler = "x".repeat(400);
            for (int d = 0; d < DOCUMENTS; d++) {
                var wallet = new Document("_id", "w" + d).append("owner", "o" + d).append("n", 0);
                for (int f = 0; f < FIELDS; f++) {
                    wallet.append("f" + f, filler);
                }
                wallets.insertOne(wallet);
            }
            var updaters = new ArrayList<Callable<Void>>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                updaters.add(() -> {
                    for (int i = 0; i < UPDATES_PER_THREAD; i++) {
                        update(wallets, (thread + i) % DOCUMENTS, i, filler);
                    }
                    return null;
                });
            }
            var pool = Executors.newFixedThreadPool(THREADS);
            try {
                for (var done : pool.invokeAll(updaters)) {
                    done.get();
                }
            } finally {
                pool.shutdown();
            }

            long applied = 0;
            for (var wallet : wallets.find()) {
                applied += wallet.getInteger("n");
            }
            assertThat(applied).isEqualTo((long) THREADS * UPDATES_PER_THREAD);
            wallets.insertOne(new Document("_id", "after"));
        }
    }

    /**
     * By the primary key, by the key and more, and by a field no index holds (a scan), in turn; adding and removing a
     * field, as claiming and releasing a lease does.
     */
    private static void update(MongoCollection<Document> wallets, int document, int i, String filler) {
        var id = "w" + document;
        var filter = switch (i % 3) {
            case 0 -> Filters.eq("_id", id);
            case 1 -> Filters.and(Filters.eq("_id", id), Filters.gte("n", 0));
            default -> Filters.eq("owner", "o" + document);
        };
        var change = Updates.combine(Updates.inc("n", 1), Updates.set("filler", filler.substring(i % 100)),
                i % 2 == 0 ? Updates.set("lease", "l" + i) : Updates.unset("lease"));
        assertThat(wallets.updateOne(filter, change).getModifiedCount()).isEqualTo(1);
    }
}
