package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walked finds, ascending and descending, over sort keys that are null, missing, of mixed types, arrays or tied
 * answer as mongo-java-server's memory backend's sort in memory does; a key moved between batches is met at its new
 * place, as on MongoDB. (Not an empty
 * array: the index keys it as null, where MongoDB sorts it before null; the README says so.)
 */
class SortedWalkEdgeCasesTest {

    @TempDir
    Path dir;

    @Test
    void nullMissingMixedTypesAndArraysSortAsInMemory() {
        try (var stores = new ComparedStores(dir)) {
            var ours = stores.ours().getCollection("c");
            var theirs = stores.theirs().getCollection("c");
            List<Object> keys = Arrays.asList(null, 3, "b", 2.5, true, new Date(5), "a", List.of(7, "a"),
                    new Document("x", 1), 1L, Arrays.asList((Object) null), false, -1, List.of(2), "", 0.0);
            for (var collection : List.of(ours, theirs)) {
                collection.createIndex(Indexes.ascending("k"));
                collection.createIndex(Indexes.ascending("g", "k"));
                for (int i = 0; i < keys.size() * 2; i++) {
                    var document = new Document("_id", i).append("g", i % 2 == 0 ? "x" : null);
                    collection.insertOne(i == 7 ? document : document.append("k", keys.get(i % keys.size())));
                }
            }
            for (Bson query : List.of(new Document(), Filters.eq("g", "x"), Filters.eq("g", null))) {
                for (var sort : List.of(Sorts.ascending("k"), Sorts.descending("k"))) {
                    for (int limit : new int[] {0, 4}) {
                        assertThat(ids(ours, query, sort, limit)).as("%s by %s, limit %d", query, sort, limit)
                                .isEqualTo(ids(theirs, query, sort, limit));
                    }
                }
            }
        }
    }

    @Test
    void aKeyMovedBehindTheWalkIsNotMetAgainAndOneMovedAheadIs() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            var entries = client.getDatabase("t").getCollection("e");
            entries.createIndex(Indexes.ascending("k"));
            for (int i = 0; i < 50; i++) {
                entries.insertOne(new Document("_id", i).append("k", i));
            }
            var seen = new ArrayList<Integer>();
            try (var cursor = entries.find().sort(Sorts.ascending("k")).batchSize(5).iterator()) {
                while (cursor.hasNext()) {
                    seen.add(cursor.next().getInteger("_id"));
                    if (seen.size() == 12) {
                        entries.updateOne(Filters.eq("_id", 30), Updates.set("k", 2));
                        entries.updateOne(Filters.eq("_id", 5), Updates.set("k", 40.5));
                    }
                }
            }
            var expected = new ArrayList<Integer>();
            for (int i = 0; i < 50; i++) {
                if (i != 30) {
                    expected.add(i);
                }
                if (i == 40) {
                    expected.add(5);
                }
            }
            assertThat(seen).isEqualTo(expected);
        }
    }

    @Test
    void aKeyMovedBehindABackwardWalkIsNotMetAgainAndOneMovedAheadIs() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            var entries = client.getDatabase("t").getCollection("e");
            entries.createIndex(Indexes.ascending("k"));
            for (int i = 0; i < 50; i++) {
                entries.insertOne(new Document("_id", i).append("k", i % 25));
            }
            var seen = new ArrayList<Integer>();
            try (var cursor = entries.find().sort(Sorts.descending("k")).batchSize(5).iterator()) {
                while (cursor.hasNext()) {
                    seen.add(cursor.next().getInteger("_id"));
                    if (seen.size() == 12) {
                        entries.updateOne(Filters.eq("_id", 3), Updates.set("k", 23.5));
                        entries.updateOne(Filters.eq("_id", 45), Updates.set("k", 2.5));
                    }
                }
            }
            var expected = new ArrayList<Integer>();
            for (int k = 24; k >= 0; k--) {
                if (k == 2) {
                    expected.add(45);
                }
                for (int id : new int[] {k, k + 25}) {
                    if (id != 3) {
                        expected.add(id);
                    }
                }
            }
            assertThat(seen).as("ties by _id ascending; 3 moved behind is not met, 45 moved ahead is met again")
                    .isEqualTo(expected);
        }
    }

    private static List<Object> ids(MongoCollection<Document> collection, Bson query, Bson sort, int limit) {
        return collection.find(query).sort(sort).limit(limit).batchSize(3)
                .map(document -> document.get("_id")).into(new ArrayList<>());
    }
}
