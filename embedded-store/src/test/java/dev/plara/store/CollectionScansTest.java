package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serverStatus} says which queries the store answered by reading a whole collection: how many such scans and
 * documents they read ({@code metrics.queryExecutor.collectionScans}), and each query's shape (its fields and
 * operators, never its values) by collection, as MongoDB's slow-query log marks a COLLSCAN.
 */
class CollectionScansTest {

    @TempDir
    Path data;

    @Test
    @Timeout(60)
    void aQueryNoIndexNarrowsIsCountedByShapeAndOneAnIndexAnswersIsNot() {
        try (var store = EmbeddedMongo.open(data); var client = MongoClients.create(store.connectionString())) {
            var outbox = client.getDatabase("plara").getCollection("outbox");
            outbox.createIndex(Indexes.ascending("status", "nextAttemptAt"));
            var messages = new ArrayList<Document>();
            for (int i = 0; i < 50; i++) {
                messages.add(new Document("_id", i).append("status", i % 2 == 0 ? "PENDING" : "SENT")
                        .append("nextAttemptAt", i).append("kind", "k" + i % 5));
            }
            outbox.insertMany(messages);
            var admin = client.getDatabase("admin");
            var before = scans(admin.runCommand(new Document("serverStatus", 1)));

            outbox.find(new Document("status", "PENDING").append("nextAttemptAt", new Document("$lte", 10))).first();
            outbox.find(Filters.eq("_id", 7)).first();
            outbox.find(Filters.eq("kind", "k3")).into(new ArrayList<>());
            outbox.find(Filters.eq("kind", "k4")).into(new ArrayList<>());
            outbox.find(Filters.or(Filters.eq("status", "SENT"), Filters.exists("kind", false)))
                    .sort(Sorts.ascending("nextAttemptAt")).into(new ArrayList<>());
            var after = scans(admin.runCommand(new Document("serverStatus", 1)));

            assertThat(after.get("total", Number.class).longValue() - before.get("total", Number.class).longValue())
                    .as("scans").isEqualTo(3);
            assertThat(after.get("documentsRead", Number.class).longValue()
                    - before.get("documentsRead", Number.class).longValue()).as("documents they read").isEqualTo(150);
            assertThat(after.getList("shapes", Document.class).stream()
                    .filter(shape -> "plara.outbox".equals(shape.get("ns"))).toList()).containsExactlyInAnyOrder(
                    new Document("ns", "plara.outbox").append("shape", "{kind: ?}").append("total", 2L)
                            .append("documentsRead", 100L),
                    new Document("ns", "plara.outbox")
                            .append("shape", "{$or: [{status: ?}, {kind: {$exists: ?}}]} sort {nextAttemptAt: 1}")
                            .append("total", 1L).append("documentsRead", 50L));
        }
    }

    private static Document scans(Document status) {
        var none = new Document("total", 0).append("documentsRead", 0).append("shapes", List.of());
        return status.get("metrics", Document.class).get("queryExecutor", new Document()).get("collectionScans", none);
    }
}
