package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finds walked along an index run while other clients write the same collection, as mongo-java-server's own queries do:
 * under the collection's lock, so a positional {@code $} update changes the element its own filter matched, and a
 * batch meets a document being moved along the index exactly once.
 */
class WalkedFindRaceTest {

    private static final int ROUNDS = 1_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(240)
    void aPositionalUpdateChangesTheElementItsFilterMatchedWhileWalksRun() throws Exception {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            var items = client.getDatabase("t").getCollection("items");
            items.createIndex(Indexes.ascending("tags", "k"));
            for (int i = 0; i < 300; i++) {
                items.insertOne(new Document("_id", i).append("tags", List.of("x", "y")).append("k", i));
            }
            items.insertOne(new Document("_id", "p").append("arr", List.of(1, 2, 3, 4, 5)));
            var wrong = new ArrayList<List<Integer>>();
            whileWalking(items, Filters.eq("tags", "y"), () -> {
                for (int round = 0; round < ROUNDS && wrong.isEmpty(); round++) {
                    items.updateOne(Filters.and(Filters.eq("_id", "p"), Filters.eq("arr", 5)), Updates.set("arr.$", 6));
                    var arr = items.find(Filters.eq("_id", "p")).first().getList("arr", Integer.class);
                    if (!arr.equals(List.of(1, 2, 3, 4, 6))) {
                        wrong.add(arr);
                    }
                    items.updateOne(Filters.eq("_id", "p"), Updates.set("arr", List.of(1, 2, 3, 4, 5)));
                }
            });
            assertThat(wrong).as("the element {arr: 5} matched is the one set").isEmpty();
        }
    }

    @Test
    @Timeout(240)
    void aBatchMeetsADocumentMovedAlongTheIndexMeanwhileOnce() throws Exception {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            var entries = client.getDatabase("t").getCollection("entries");
            entries.createIndex(Indexes.ascending("k"));
            for (int i = 0; i < 200; i++) {
                entries.insertOne(new Document("_id", i).append("k", i));
            }
            var incomplete = new ArrayList<List<Object>>();
            var stop = new AtomicBoolean();
            var mover = Executors.newSingleThreadExecutor();
            try {
                var moving = mover.submit(() -> {
                    for (int round = 0; !stop.get(); round++) {
                        entries.updateOne(Filters.eq("_id", 100), Updates.set("k", round % 2 == 0 ? 10.5 : 190.5));
                    }
                    return null;
                });
                for (int round = 0; round < ROUNDS && incomplete.isEmpty(); round++) {
                    var ids = entries.find().sort(Sorts.ascending("k")).batchSize(1_000)
                            .map(document -> document.get("_id")).into(new ArrayList<>());
                    if (ids.size() != 200 || new HashSet<>(ids).size() != 200) {
                        incomplete.add(ids);
                    }
                }
                stop.set(true);
                moving.get();
            } finally {
                mover.shutdown();
            }
            assertThat(incomplete).as("one batch holds every document once").isEmpty();
        }
    }

    /** Runs {@code writes} while another client walks {@code filter} sorted by {@code k}, again and again. */
    private static void whileWalking(MongoCollection<Document> items, org.bson.conversions.Bson filter, Runnable writes)
            throws Exception {
        var stop = new AtomicBoolean();
        var walker = Executors.newSingleThreadExecutor();
        try {
            var walking = walker.submit(() -> {
                while (!stop.get()) {
                    items.find(filter).sort(Sorts.ascending("k")).batchSize(1_000).into(new ArrayList<>());
                }
                return null;
            });
            writes.run();
            stop.set(true);
            walking.get();
        } finally {
            walker.shutdown();
        }
    }
}
