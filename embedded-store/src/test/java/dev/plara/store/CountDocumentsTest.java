package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver's {@code countDocuments} (an {@code aggregate} of {@code $match} and {@code $group}) counts the entries of
 * an index whose pinned leading keys are exactly its filter, reading no document (mongo-java-server read every document
 * of the collection for it); any other filter (or one on an index keying a document more than once, an array in a key
 * the filter does not pin) reads only what an index names; the counts are the memory backend's.
 */
class CountDocumentsTest {

    private static final int DELIVERIES = 3_000;

    @TempDir
    Path dir;

    @Test
    void aCountAnIndexHoldsReadsNoDocumentAndEveryCountIsTheMemoryBackends() {
        var backend = new DurableH2Backend(dir.resolve("counts.mv.db").toString());
        var server = new MongoServer(backend);
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
             var reference = new ReferenceServer()) {
            var ours = client.getDatabase("t").getCollection("webhook_inbox");
            var theirs = reference.client.getDatabase("t").getCollection("webhook_inbox");
            var deliveries = new ArrayList<Document>();
            for (int i = 0; i < DELIVERIES; i++) {
                deliveries.add(new Document("_id", i).append("status", List.of("PENDING", "APPLIED", "IGNORED").get(i % 3))
                        .append("attempts", i % 4).append("receivedAt", (long) i)
                        .append("tags", i % 10 == 0 ? List.of("t" + i % 7, "t" + i % 5) : "t" + i % 7));
            }
            for (var inbox : List.of(ours, theirs)) {
                inbox.createIndex(Indexes.ascending("status", "receivedAt", "_id"));
                inbox.createIndex(Indexes.ascending("tags"));
                inbox.createIndex(Indexes.ascending("attempts", "tags"));
                inbox.insertMany(deliveries);
                inbox.updateOne(Filters.eq("_id", 3), Updates.set("status", "APPLIED"));
                inbox.deleteOne(Filters.eq("_id", 6));
            }
            var collection = (IndexedH2Collection) backend.resolveDatabase("t").resolveCollection("webhook_inbox", true);

            long before = collection.documentsRead();
            assertThat(ours.countDocuments(Filters.eq("status", "APPLIED"))).isEqualTo(1_001)
                    .isEqualTo(theirs.countDocuments(Filters.eq("status", "APPLIED")));
            assertThat(ours.countDocuments(Filters.eq("status", "NONE"))).isZero();
            assertThat(collection.documentsRead() - before).as("documents read to count by status").isZero();

            List<Bson> others = List.of(new Document(), Filters.eq("tags", "t3"), Filters.gte("attempts", 2),
                    Filters.eq("attempts", 2),
                    Filters.and(Filters.eq("status", "PENDING"), Filters.gte("attempts", 2)),
                    Filters.and(Filters.eq("status", "PENDING"), Filters.eq("receivedAt", 9L)));
            for (var filter : others) {
                assertThat(ours.countDocuments(filter)).as("%s", filter).isEqualTo(theirs.countDocuments(filter));
            }
        } finally {
            server.shutdown();
        }
    }
}
