package dev.plara.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A range ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}) on the key after those a query pins (or on an index's
 * first key) reads the index's entries within it, not every document with the pinned values, nor the whole collection:
 * the outbox's "anything due?" ({@code {status, nextAttemptAt: {$lte: now}}}) and the ledger's unsettled entries
 * ({@code {unsettledSince: {$gte: <earliest date>}}}, which a sparse index answers on MongoDB).
 */
class RangePlanTest {

    private static final int MESSAGES = 1_000;

    @TempDir
    Path dir;

    @Test
    void aRangeReadsTheEntriesWithinIt() {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open(SyncSchedule.STORE);
            var outbox = harness.client(backend).getDatabase("t").getCollection("outbox");
            outbox.createIndex(Indexes.ascending("status", "nextAttemptAt", "_id"));
            outbox.createIndex(Indexes.ascending("unsettledSince"));
            var messages = new ArrayList<Document>();
            for (int i = 0; i < MESSAGES; i++) {
                var message = new Document("_id", i).append("status", "PENDING").append("nextAttemptAt", new Date(i));
                messages.add(i % 100 == 0 ? message.append("unsettledSince", new Date(i)) : message);
            }
            outbox.insertMany(messages);
            var collection = (IndexedH2Collection) backend.resolveDatabase("t").resolveCollection("outbox", true);

            assertThat(read(collection, () -> outbox.find(new Document("status", "PENDING")
                    .append("nextAttemptAt", new Document("$lte", new Date(4)))).into(new ArrayList<>()).size()))
                    .as("documents read for 5 due of 1,000 pending").isEqualTo(5);
            assertThat(read(collection, () -> outbox.find(Filters.gte("unsettledSince", new Date(Long.MIN_VALUE)))
                    .sort(Sorts.ascending("unsettledSince", "_id")).limit(50).into(new ArrayList<>()).size()))
                    .as("documents read for the 10 unsettled of 1,000").isEqualTo(10);
            var between = new Document("$gt", new Date(100)).append("$lt", new Date(120));
            assertThat(read(collection, () -> outbox.find(new Document("status", "PENDING")
                    .append("nextAttemptAt", between)).into(new ArrayList<>()).size()))
                    .as("documents read between two bounds, each document keyed once").isLessThanOrEqualTo(21);
        }
    }

    private static long read(IndexedH2Collection collection, IntSupplier query) {
        long before = collection.documentsRead();
        query.getAsInt();
        return collection.documentsRead() - before;
    }
}
