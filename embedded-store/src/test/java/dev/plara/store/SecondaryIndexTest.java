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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Non-unique indexes are kept and survive a reopen, with the very answers mongo-java-server's own scan gives
 * ({@link SecondaryIndexEquivalenceTest} checks that under random changes, {@link SecondaryIndexPlanTest} which
 * queries they answer).
 */
class SecondaryIndexTest {

    @TempDir
    Path dir;

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

    private static List<Object> ids(MongoCollection<Document> collection, Bson filter) {
        var ids = new ArrayList<>();
        collection.find(filter).forEach(document -> ids.add(document.get("_id")));
        return ids;
    }
}
