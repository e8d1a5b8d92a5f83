package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Non-unique indexes are kept, survive a reopen and answer queries that pin their leading keys, with the very answers
 * mongo-java-server's own scan gives ({@link SecondaryIndexEquivalenceTest} checks that under random changes).
 */
class SecondaryIndexTest {

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
            assertThat(ids(grants, Filters.and(Filters.eq("user", "u2"),
                    Filters.in("opens", List.of("item:6", "item:7", "kind:photo"))))).containsExactly("g6");
            assertThat(positions(collection, bson("user", "u1", "opens", bson("$in", List.of("x", List.of("y"))))))
                    .as("a value that is not plain: the equality on user alone plans it")
                    .hasValueSatisfying(positions -> assertThat(positions).hasSize(20));
        }
    }

    @Test
    void anIndexIsRebuiltFromTheDocumentsWhenTheFileOpensAgain() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            var grants = client.getDatabase("plara").getCollection("grants");
            grants.createIndex(Indexes.ascending("user"));
            grants.createIndex(Indexes.ascending("user", "source"), new IndexOptions().name("by_source"));
            for (int i = 0; i < 30; i++) {
                grants.insertOne(new Document("_id", "g" + i).append("user", "u" + i % 3).append("source", "s" + i));
            }
            grants.updateOne(Filters.eq("_id", "g0"), new Document("$set", new Document("user", "u9")));
            grants.deleteOne(Filters.eq("_id", "g3"));
        }
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            var grants = client.getDatabase("plara").getCollection("grants");
            assertThat(ids(grants, Filters.eq("user", "u0"))).containsExactly("g12", "g15", "g18", "g21", "g24",
                    "g27", "g6", "g9");
            assertThat(ids(grants, Filters.eq("user", "u9"))).containsExactly("g0");
            assertThat(ids(grants, Filters.and(Filters.eq("user", "u1"), Filters.eq("source", "s4"))))
                    .containsExactly("g4");
            var stats = client.getDatabase("plara").runCommand(new Document("collStats", "grants"));
            assertThat(stats.get("indexSize", Document.class).get("user_1", Number.class).longValue())
                    .as("one key per document").isEqualTo(29);
        }
    }

    @Test
    void aNonUniqueIndexAdmitsEqualKeysArraysAndEmptyArraysAsMongoDbDoes() {
        try (var stores = new ComparedStores(dir)) {
            for (var database : List.of(stores.ours(), stores.theirs())) {
                var tags = database.getCollection("tagged");
                tags.createIndex(Indexes.ascending("tags"));
                tags.createIndex(Indexes.ascending("kind", "tags"));
                tags.insertOne(new Document("_id", 1).append("tags", List.of("a", "b")).append("kind", "x"));
                tags.insertOne(new Document("_id", 2).append("tags", "a"));
                tags.insertOne(new Document("_id", 3).append("tags", List.of()).append("kind", "x"));
                tags.insertOne(new Document("_id", 4).append("kind", "x"));
                tags.insertOne(new Document("_id", 5).append("tags", List.of()));
                tags.deleteOne(Filters.eq("_id", 5));
            }
            for (var filter : List.of(Filters.eq("tags", "a"), Filters.eq("tags", "b"), Filters.eq("tags", 2),
                    Filters.eq("kind", "x"))) {
                assertThat(ids(stores.ours().getCollection("tagged"), filter)).as("%s", filter)
                        .isEqualTo(ids(stores.theirs().getCollection("tagged"), filter));
            }
            assertThat(ids(stores.ours().getCollection("tagged"), Filters.eq("kind", "x")))
                    .as("an empty array is a key of its own").containsExactly(1, 3, 4);
        }
    }

    @Test
    void everyShapeOfEmptyArrayUnderAnIndexedPathIsKeptFoundAndReopened() {
        var shapes = List.<Object>of(List.of(), List.of(new Document("a", 1)), List.of(new Document("sku", List.of())),
                new Document("sku", List.of()), List.of(List.of()), "scalar");
        try (var stores = new ComparedStores(dir)) {
            for (var database : List.of(stores.theirs(), stores.ours())) {
                var orders = database.getCollection("orders");
                orders.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
                orders.createIndex(Indexes.ascending("user", "items.sku"));
                for (int i = 0; i < shapes.size(); i++) {
                    orders.insertOne(new Document("_id", i).append("user", "u").append("code", "c" + i)
                            .append("items", shapes.get(i)));
                }
                orders.updateOne(Filters.eq("_id", 5), new Document("$set",
                        new Document("code", "c9").append("items", List.of())));
            }
            var orders = stores.ours().getCollection("orders");
            assertThat(ids(orders, Filters.eq("user", "u")))
                    .isEqualTo(ids(stores.theirs().getCollection("orders"), Filters.eq("user", "u")));
            assertThat(ids(orders, new Document("code", "c9").append("user", "u"))).containsExactly(5);
        }
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            assertThat(ids(client.getDatabase("t").getCollection("orders"), Filters.eq("user", "u")))
                    .as("every document again after a reopen").containsExactly(0, 1, 2, 3, 4, 5);
        }
    }

    private static Optional<List<Object>> positions(IndexedH2Collection collection,
                                                    de.bwaldvogel.mongo.bson.Document query) {
        return collection.prefixPlan(query, null).map(plan -> plan.positions().toList());
    }

    private static List<Object> ids(MongoCollection<Document> collection, Bson filter) {
        var ids = new ArrayList<>();
        collection.find(filter).forEach(document -> ids.add(document.get("_id")));
        return ids;
    }

    static de.bwaldvogel.mongo.bson.Document bson(Object... keysAndValues) {
        var document = new de.bwaldvogel.mongo.bson.Document();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            document.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return document;
    }
}
