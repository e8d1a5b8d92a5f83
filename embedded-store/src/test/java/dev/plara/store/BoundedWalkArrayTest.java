package dev.plara.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A walk started at a $gt/$gte bound answers as the memory backend does when the sorted field holds an array. */
class BoundedWalkArrayTest {

    @TempDir
    Path dir;

    @Test
    void anArrayWithAnElementBeforeTheBoundSortsAtItsSmallestElementAsInMemory() {
        try (var stores = new ComparedStores(dir)) {
            var ours = stores.ours().getCollection("c");
            var theirs = stores.theirs().getCollection("c");
            for (var collection : List.of(ours, theirs)) {
                collection.createIndex(Indexes.ascending("g", "k"));
                collection.createIndex(Indexes.ascending("k"));
                collection.insertOne(new Document("_id", 1).append("g", "x").append("k", List.of(1, 10)));
                collection.insertOne(new Document("_id", 2).append("g", "x").append("k", 7));
                collection.insertOne(new Document("_id", 3).append("g", "x").append("k", 4));
                collection.insertOne(new Document("_id", 4).append("g", "x").append("k", 8));
            }
            var answers = new ArrayList<String>();
            var expected = new ArrayList<String>();
            for (Bson query : List.of(Filters.and(Filters.eq("g", "x"), Filters.gt("k", 5)),
                    Filters.and(Filters.eq("g", "x"), Filters.gte("k", 6)), Filters.gt("k", 5))) {
                for (int limit : new int[] {0, 2}) {
                    answers.add(query + " limit " + limit + ": " + ids(ours, query, limit));
                    expected.add(query + " limit " + limit + ": " + ids(theirs, query, limit));
                }
            }
            var oursUnique = stores.ours().getCollection("u");
            var theirsUnique = stores.theirs().getCollection("u");
            for (var collection : List.of(oursUnique, theirsUnique)) {
                collection.createIndex(Indexes.ascending("g", "k"), new IndexOptions().unique(true));
                collection.insertOne(new Document("_id", 1).append("g", "x").append("k", List.of(1, 10)));
                collection.insertOne(new Document("_id", 2).append("g", "x").append("k", 7));
                collection.insertOne(new Document("_id", 4).append("g", "x").append("k", 8));
            }
            var ledgerShaped = Filters.and(Filters.eq("g", "x"), Filters.gt("k", 5));
            answers.add("unique " + ids(oursUnique, ledgerShaped, 0));
            expected.add("unique " + ids(theirsUnique, ledgerShaped, 0));
            assertThat(answers).isEqualTo(expected);
        }
    }

    private static List<Object> ids(MongoCollection<Document> collection, Bson query, int limit) {
        return collection.find(query).sort(Sorts.ascending("k")).limit(limit)
                .map(document -> document.get("_id")).into(new ArrayList<>());
    }
}
