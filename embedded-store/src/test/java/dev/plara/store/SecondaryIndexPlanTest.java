package dev.plara.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query on a non-unique index's leading keys, each pinned to one value or to several, reads only the documents the
 * index names; any other query is left to mongo-java-server's own scan.
 */
class SecondaryIndexPlanTest {

    @TempDir
    Path dir;

    @Test
    void aQueryPinningTheLeadingKeysOfANonUniqueIndexReadsOnlyTheDocumentsTheIndexNames() {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open(SyncSchedule.STORE);
            var client = harness.client(backend);
            var outbox = client.getDatabase("t").getCollection("outbox");
            outbox.createIndex(Indexes.ascending("status", "nextAttemptAt", "_id"));
            for (int i = 0; i < 50; i++) {
                outbox.insertOne(new Document("_id", "m" + i).append("status", i < 3 ? "PENDING" : "SENT")
                        .append("nextAttemptAt", i));
            }
            var collection = (IndexedH2Collection) backend.resolveDatabase("t").resolveCollection("outbox", true);

            assertThat(positions(collection, bson("status", "PENDING", "nextAttemptAt", bson("$lte", 10))))
                    .hasValueSatisfying(positions -> assertThat(positions).containsExactly("m0", "m1", "m2"));
            assertThat(positions(collection, bson("status", "PENDING", "nextAttemptAt", 1)))
                    .hasValueSatisfying(positions -> assertThat(positions).containsExactly("m1"));
            assertThat(positions(collection, bson("nextAttemptAt", 1))).as("not a leading key").isEmpty();
            assertThat(positions(collection, bson("status", bson("$exists", true))))
                    .as("an operator, not a plain value").isEmpty();
        }
    }

    @Test
    void aQueryNamingSeveralValuesOfAnIndexedKeyReadsOnlyTheDocumentsTheyName() {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open(SyncSchedule.STORE);
            var client = harness.client(backend);
            var grants = client.getDatabase("t").getCollection("grants");
            grants.createIndex(Indexes.ascending("user", "opens"));
            for (int i = 0; i < 40; i++) {
                grants.insertOne(new Document("_id", "g" + i).append("user", "u" + i % 4)
                        .append("opens", List.of("item:" + i, i % 2 == 0 ? "kind:video" : "kind:photo")));
            }
            var collection = (IndexedH2Collection) backend.resolveDatabase("t").resolveCollection("grants", true);

            assertThat(positions(collection, bson("user", "u1", "opens", bson("$in", List.of("item:5", "kind:photo")))))
                    .hasValueSatisfying(positions -> assertThat(positions).containsExactlyInAnyOrder("g5", "g1",
                            "g5", "g9", "g13", "g17", "g21", "g25", "g29", "g33", "g37"));
            assertThat(positions(collection, bson("user", bson("$in", List.of("u0", "u2")))))
                    .hasValueSatisfying(positions -> assertThat(positions).hasSize(40));
            assertThat(grants.find(Filters.and(Filters.eq("user", "u2"),
                    Filters.in("opens", List.of("item:6", "item:7", "kind:photo")))).map(grant -> grant.get("_id"))
                    .into(new ArrayList<>())).containsExactly("g6");
            assertThat(positions(collection, bson("user", "u1", "opens", bson("$in", List.of("x", List.of("y"))))))
                    .as("a value that is not plain: the equality on user alone plans it")
                    .hasValueSatisfying(positions -> assertThat(positions).hasSize(20));
        }
    }

    private static Optional<List<Object>> positions(IndexedH2Collection collection,
                                                    de.bwaldvogel.mongo.bson.Document query) {
        return collection.prefixPlan(query, null).map(plan -> plan.positions().toList());
    }

    static de.bwaldvogel.mongo.bson.Document bson(Object... keysAndValues) {
        var document = new de.bwaldvogel.mongo.bson.Document();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            document.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return document;
    }
}
