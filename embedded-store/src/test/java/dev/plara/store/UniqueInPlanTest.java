package dev.plara.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query naming a unique key's possible values with {@code $in} and asking more (the outbox claim's
 * {@code updateMany({_id: {$in: [3 keys]}, status: "PENDING", nextAttemptAt: {$lte: now}, ...})}) reads those few
 * documents through the unique index, where the store read every pending one through the {@code due} index's prefix;
 * answers as mongo-java-server's memory backend gives them. The filters are one document, as the adapter sends them
 * ({@code DocumentValues.allOf}): the driver's {@code Filters.and} sends {@code $and}, which no index plans.
 */
class UniqueInPlanTest {

    private static final int MESSAGES = 600;
    private static final Date NOW = new Date(1_000_000L);

    @TempDir
    Path dir;

    @Test
    void aClaimOfThreeMessagesReadsThreeDocumentsOfSixHundredPending() {
        onOutboxes((ours, theirs, collection) -> {
            var keys = List.of("m00200", "m00007", "m00300");
            var claim = new Document("_id", new Document("$in", keys)).append("status", "PENDING")
                    .append("nextAttemptAt", new Document("$lte", NOW)).append("leaseToken", null);
            var taking = Updates.set("leaseToken", "t1");

            long before = collection.documentsRead();
            assertThat(ours.updateMany(claim, taking).getModifiedCount()).isEqualTo(3);
            assertThat(collection.documentsRead() - before).as("documents read by the claim's update").isEqualTo(3);

            var taken = new Document("_id", new Document("$in", keys)).append("leaseToken", "t1");
            before = collection.documentsRead();
            var found = ours.find(taken).into(new ArrayList<>());
            assertThat(collection.documentsRead() - before).as("documents read by the claim's find").isEqualTo(3);
            theirs.updateMany(claim, taking);
            assertThat(found).hasSize(3).isEqualTo(theirs.find(taken).into(new ArrayList<>()));
        });
    }

    @Test
    void queriesNamingUniqueKeysWithInAnswerAsTheReferenceServerDoes() {
        onOutboxes((ours, theirs, collection) -> {
            var random = new Random(11);
            for (int i = 0; i < 200; i++) {
                var values = new ArrayList<Object>();
                for (int n = random.nextInt(5); n > 0; n--) {
                    values.add(random.nextInt(8) == 0 ? random.nextInt(3) : "m%05d".formatted(random.nextInt(650)));
                }
                if (random.nextInt(10) == 0) {
                    values.add(null);
                }
                var filter = new Document("_id", new Document("$in", values)).append(random.nextBoolean() ? "status"
                        : "nextAttemptAt", random.nextBoolean() ? "SENT" : new Document("$lte", new Date(random.nextInt(2_000_000))));
                var change = Updates.combine(Updates.set("status", "SENT"), Updates.inc("attempts", 1));
                assertThat(ours.find(filter).into(new ArrayList<>())).as("find %s", filter)
                        .isEqualTo(theirs.find(filter).into(new ArrayList<>()));
                assertThat(ours.updateMany(filter, change).getModifiedCount()).as("update %s", filter)
                        .isEqualTo(theirs.updateMany(filter, change).getModifiedCount());
            }
            assertThat(ours.find().into(new ArrayList<>())).isEqualTo(theirs.find().into(new ArrayList<>()));
        });
    }

    /** The same outbox, inserted in its keys' order, in the store and in the memory backend, and the store's collection. */
    private void onOutboxes(OutboxCheck check) {
        try (var harness = new CrashHarness(dir); var reference = new ReferenceServer()) {
            var backend = harness.open(SyncSchedule.STORE);
            var ours = harness.client(backend).getDatabase("t").getCollection("outbox");
            var theirs = reference.client.getDatabase("t").getCollection("outbox");
            var messages = new ArrayList<Document>();
            for (int i = 0; i < MESSAGES; i++) {
                messages.add(new Document("_id", "m%05d".formatted(i)).append("status", "PENDING")
                        .append("nextAttemptAt", new Date(i * 3_000L)).append("attempts", 0));
            }
            for (var outbox : List.of(ours, theirs)) {
                outbox.createIndex(Indexes.ascending("status", "nextAttemptAt", "_id"), new IndexOptions().name("due"));
                outbox.insertOne(new Document("_id", 1).append("status", "PENDING").append("nextAttemptAt", NOW));
                outbox.insertMany(messages);
            }
            check.run(ours, theirs, (IndexedH2Collection) backend.resolveDatabase("t").resolveCollection("outbox", true));
        }
    }

    private interface OutboxCheck {
        void run(MongoCollection<Document> ours, MongoCollection<Document> theirs, IndexedH2Collection collection);
    }
}
