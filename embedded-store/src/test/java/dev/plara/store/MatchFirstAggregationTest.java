package dev.plara.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pipeline starting with a {@code $match} an index plans reads only the documents that plan finds (where the store
 * read every document of the collection), and answers as mongo-java-server's memory backend does, for random pipelines
 * ($match then $sort, $limit, $group, $project, $addFields, with {@code $expr} and {@code $$NOW}).
 */
class MatchFirstAggregationTest {

    private static final List<String> STATES = List.of("PENDING", "SENT", "DEAD");
    private static final long HOUR = 3_600_000L;

    @TempDir
    Path dir;

    @Test
    void aPlannedMatchReadsItsMatchesNotTheCollection() {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open(SyncSchedule.STORE);
            var outbox = harness.client(backend).getDatabase("t").getCollection("outbox");
            outbox.createIndex(Indexes.ascending("status", "at"));
            var messages = new ArrayList<Document>();
            for (int i = 0; i < 1_000; i++) {
                messages.add(new Document("_id", i).append("status", i < 10 ? "DEAD" : "SENT")
                        .append("at", new Date(i)));
            }
            outbox.insertMany(messages);
            var collection = (IndexedH2Collection) backend.resolveDatabase("t").resolveCollection("outbox", true);

            long before = collection.documentsRead();
            var dead = outbox.aggregate(List.of(new Document("$match", new Document("status", "DEAD")),
                    new Document("$limit", 1), new Document("$addFields", new Document("now", "$$NOW")))).first();
            long byIndex = collection.documentsRead() - before;
            outbox.aggregate(List.of(new Document("$match", new Document("_id", 5)))).first();
            long byId = collection.documentsRead() - before - byIndex;

            assertThat(dead).containsEntry("_id", 0).containsKey("now");
            assertThat(byIndex).as("documents read for a $match on an indexed status").isEqualTo(10);
            assertThat(byId).as("documents read for a $match on _id").isEqualTo(1);
        }
    }

    @Test
    void plannedPipelinesAnswerAsTheMemoryBackend() {
        try (var stores = new ComparedStores(dir)) {
            var ours = stores.ours().getCollection("c");
            var theirs = stores.theirs().getCollection("c");
            var random = new Random(7);
            var documents = new ArrayList<Document>();
            long now = System.currentTimeMillis();
            for (int i = 0; i < 300; i++) {
                var document = new Document("_id", i).append("status", STATES.get(random.nextInt(3)))
                        .append("at", new Date(now + (random.nextInt(200) - 100) * HOUR))
                        .append("n", random.nextInt(5));
                documents.add(random.nextInt(10) == 0 ? document.append("status", List.of("SENT", "DEAD")) : document);
            }
            for (var collection : List.of(ours, theirs)) {
                collection.createIndex(Indexes.ascending("status", "at"));
                collection.createIndex(Indexes.ascending("n"));
                collection.insertMany(documents);
            }
            // ids in the order inserted: the memory backend answers unsorted in that order, the store in _id's
            for (int step = 0; step < 300; step++) {
                var pipeline = pipeline(random);
                assertThat(answer(ours, pipeline)).as("step %d: %s", step, pipeline)
                        .isEqualTo(answer(theirs, pipeline));
            }
        }
    }

    private static List<Document> answer(MongoCollection<Document> collection, List<Bson> pipeline) {
        return collection.aggregate(pipeline).into(new ArrayList<>());
    }

    private static List<Bson> pipeline(Random random) {
        var match = switch (random.nextInt(5)) {
            case 0 -> new Document("status", STATES.get(random.nextInt(3)));
            case 1 -> new Document("status", STATES.get(random.nextInt(3)))
                    .append("$expr", new Document("$lte", List.of("$at", "$$NOW")));
            case 2 -> new Document("n", new Document("$in", List.of(random.nextInt(5), random.nextInt(5))));
            case 3 -> new Document("_id", random.nextInt(300)).append("n", random.nextInt(5));
            default -> new Document("n", random.nextInt(5)).append("status", new Document("$ne", "SENT"));
        };
        var pipeline = new ArrayList<Bson>(List.of(new Document("$match", match)));
        switch (random.nextInt(5)) {
            case 0 -> pipeline.addAll(List.of(new Document("$sort", new Document("at", -1).append("_id", 1)),
                    new Document("$limit", 1 + random.nextInt(5))));
            case 1 -> pipeline.add(new Document("$group", new Document("_id", "$n")
                    .append("count", new Document("$sum", 1))));
            case 2 -> pipeline.add(new Document("$project", new Document("status", 1)
                    .append("late", new Document("$lt", List.of("$at", "$$NOW")))));
            case 3 -> pipeline.addAll(List.of(new Document("$limit", 2),
                    new Document("$addFields", new Document("due", new Document("$lte", List.of("$at", "$$NOW"))))));
            default -> {
            }
        }
        return pipeline;
    }
}
