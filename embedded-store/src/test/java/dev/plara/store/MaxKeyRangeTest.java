package dev.plara.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.types.MaxKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pinned prefix's range in an index ends after its entries whose next key is MaxKey, the largest value: a descending
 * walk starts at them and a count from the index counts them, as mongo-java-server's memory backend answers.
 */
class MaxKeyRangeTest {

    @TempDir
    Path dir;

    @Test
    void entriesWhoseNextKeyIsMaxKeyAreWalkedAndCounted() {
        try (var stores = new ComparedStores(dir)) {
            var answers = new ArrayList<String>();
            var expected = new ArrayList<String>();
            for (boolean unique : new boolean[] {false, true}) {
                var ours = stores.ours().getCollection("c" + unique);
                var theirs = stores.theirs().getCollection("c" + unique);
                for (var collection : List.of(ours, theirs)) {
                    collection.createIndex(Indexes.ascending("g", "k"), new IndexOptions().unique(unique));
                    collection.insertOne(new Document("_id", 1).append("g", "x").append("k", 7));
                    collection.insertOne(new Document("_id", 2).append("g", "x").append("k", new MaxKey()));
                    collection.insertOne(new Document("_id", 3).append("g", "y").append("k", 1));
                }
                answers.add(unique + " walked " + descendingIds(ours) + ", counted " + ours.countDocuments(
                        Filters.eq("g", "x")));
                expected.add(unique + " walked " + descendingIds(theirs) + ", counted " + theirs.countDocuments(
                        Filters.eq("g", "x")));
            }
            assertThat(answers).isEqualTo(expected);
        }
    }

    private static List<Object> descendingIds(MongoCollection<Document> collection) {
        return collection.find(Filters.eq("g", "x")).sort(Sorts.descending("k")).map(document -> document.get("_id"))
                .into(new ArrayList<>());
    }
}
