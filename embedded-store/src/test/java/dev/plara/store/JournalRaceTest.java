package dev.plara.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers, checkpoints every 5 ms from the sync thread and checkpoints of commands that make and
 * drop collections and indexes, all at once: no deadlock, and a crash at whatever point a checkpoint is keeps every
 * acknowledged insert and the last acknowledged value of every counter.
 */
@ExtendWith(CrashHarnessExtension.class)
class JournalRaceTest {

    @Test
    @Timeout(120)
    void writersCheckpointsAndSchemaChangesTogetherLoseNothingAcknowledged(CrashHarness harness) throws Exception {
        var backend = harness.open(Duration.ofMillis(5));
        var db = harness.database(backend);
        var entries = db.getCollection("entries");
        var counters = db.getCollection("counters");
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        var stop = new AtomicBoolean();
        var pool = Executors.newFixedThreadPool(5);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    entries.insertOne(new Document("_id", thread + "-" + i).append("amount", i));
                    acknowledged.put(thread + "-" + i, -1);
                    counters.updateOne(Filters.eq("_id", "c" + thread), Updates.set("n", i),
                            new com.mongodb.client.model.UpdateOptions().upsert(true));
                    acknowledged.put("c" + thread, i);
                }
                return null;
            });
        }
        pool.submit(() -> {
            for (int i = 0; !stop.get(); i++) {
                db.getCollection("scratch" + i % 3).insertOne(new Document("i", i));
                entries.createIndex(Indexes.ascending("amount"));
                entries.dropIndex(Indexes.ascending("amount"));
                db.getCollection("scratch" + (i + 1) % 3).drop();
            }
            return null;
        });
        Thread.sleep(4000);
        harness.crash(backend);
        stop.set(true);
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);

        var reopened = harness.database(harness.open());

        var reopenedEntries = reopened.getCollection("entries");
        var lost = acknowledged.entrySet().stream().filter(entry -> entry.getValue() < 0)
                .filter(entry -> reopenedEntries.find(Filters.eq("_id", entry.getKey())).first() == null)
                .map(Map.Entry::getKey).toList();
        assertThat(lost).as("acknowledged inserts (of %d) lost", acknowledged.size()).isEmpty();
        acknowledged.entrySet().stream().filter(entry -> entry.getValue() >= 0).forEach(entry -> assertThat(
                reopened.getCollection("counters").find(Filters.eq("_id", entry.getKey())).first().getInteger("n"))
                .as(entry.getKey()).isGreaterThanOrEqualTo(entry.getValue()));
    }
}
