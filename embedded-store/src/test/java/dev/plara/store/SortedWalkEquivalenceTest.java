package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finds the store answers by walking an index (or its own map) a batch at a time give what mongo-java-server's memory
 * backend, which sorts every matched document, gives: ascending (forward) and descending (backward), in small batches,
 * with skips, limits, projections, arrays in a sorted key, documents changed between batches, and with the walk
 * planned the way MongoDB would.
 */
class SortedWalkEquivalenceTest {

    @TempDir
    Path dir;

    @Test
    void walkedFindsAnswerAsASortInMemoryDoes() {
        try (var stores = new ComparedStores(dir)) {
            var ours = stores.ours().getCollection("c");
            var theirs = stores.theirs().getCollection("c");
            var random = new Random(5);
            for (var collection : List.of(ours, theirs)) {
                collection.createIndex(Indexes.ascending("wallet", "seq"), new IndexOptions().unique(true));
                collection.createIndex(Indexes.ascending("tags", "_id"));
            }
            var documents = new ArrayList<Document>();
            for (int i = 0; i < 400; i++) {
                documents.add(new Document("_id", "d" + i * 389 % 1009).append("wallet", "w" + i % 9).append("seq", i)
                        .append("tags", List.of("t" + random.nextInt(20), "t" + random.nextInt(20)))
                        .append("n", random.nextInt(50)));
            }
            ours.insertMany(documents);
            theirs.insertMany(documents);
            List<Bson> queries = List.of(new Document(), Filters.eq("wallet", "w3"), Filters.gt("n", 25),
                    Filters.and(Filters.eq("wallet", "w1"), Filters.lt("seq", 200)), Filters.eq("tags", "t4"));
            List<Bson> sorts = List.of(Sorts.ascending("wallet", "seq"), Sorts.ascending("seq"),
                    Sorts.ascending("n", "_id"), Sorts.ascending("tags", "_id"), Sorts.ascending("_id"),
                    Sorts.descending("wallet", "seq"), Sorts.descending("seq"), Sorts.descending("n", "_id"),
                    Sorts.descending("tags", "_id"), Sorts.descending("_id"));
            for (var query : queries) {
                assertThat(ids(ours, query, null, 0, 0, 7)).as("%s unsorted (their order is insertion's)", query)
                        .containsExactlyInAnyOrderElementsOf(ids(theirs, query, null, 0, 0, 7));
                for (var sort : sorts) {
                    for (int skip : new int[] {0, 5}) {
                        for (int limit : new int[] {0, 3, 150}) {
                            assertThat(ids(ours, query, sort, skip, limit, 7))
                                    .as("%s sorted by %s, skip %d, limit %d", query, sort, skip, limit)
                                    .isEqualTo(ids(theirs, query, sort, skip, limit, 7));
                        }
                    }
                }
            }
            assertThat(ours.find(Filters.eq("wallet", "w2")).sort(Sorts.ascending("seq")).batchSize(4)
                    .projection(Projections.include("seq")).into(new ArrayList<>()))
                    .isEqualTo(theirs.find(Filters.eq("wallet", "w2")).sort(Sorts.ascending("seq"))
                            .projection(Projections.include("seq")).into(new ArrayList<>()));
            assertThat(ours.find(Filters.eq("wallet", "w2")).sort(Sorts.descending("seq")).batchSize(4)
                    .projection(Projections.include("seq")).into(new ArrayList<>()))
                    .isEqualTo(theirs.find(Filters.eq("wallet", "w2")).sort(Sorts.descending("seq"))
                            .projection(Projections.include("seq")).into(new ArrayList<>()));
        }
    }

    @Test
    void documentsAddedBehindAndAheadOfAWalkBetweenItsBatches() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            var entries = client.getDatabase("t").getCollection("e");
            entries.createIndex(Indexes.ascending("wallet", "seq"), new IndexOptions().unique(true));
            for (int i = 0; i < 100; i++) {
                entries.insertOne(new Document("_id", i).append("wallet", "w5").append("seq", i));
            }
            var seen = new ArrayList<Integer>();
            try (var cursor = entries.find().sort(Sorts.ascending("wallet", "seq")).batchSize(10).iterator()) {
                while (cursor.hasNext()) {
                    seen.add(cursor.next().getInteger("seq"));
                    if (seen.size() == 15) {
                        entries.insertOne(new Document("_id", 1000).append("wallet", "w0").append("seq", 0));
                        entries.insertOne(new Document("_id", 1001).append("wallet", "w9").append("seq", 7));
                        entries.deleteOne(Filters.eq("_id", 50));
                    }
                }
            }
            var expected = new ArrayList<Integer>();
            for (int i = 0; i < 100; i++) {
                if (i != 50) {
                    expected.add(i);
                }
            }
            expected.add(7);
            assertThat(seen).as("the one behind is not read; the one ahead is; the removed one is gone")
                    .isEqualTo(expected);
        }
    }

    @Test
    void aSortNoIndexGivesOrASparseIndexLacksIsNotWalked() {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open(SyncSchedule.STORE);
            var client = harness.client(backend);
            var database = client.getDatabase("t");
            database.getCollection("c").createIndex(Indexes.ascending("code"), new IndexOptions().unique(true).sparse(true));
            database.getCollection("c").createIndex(Indexes.ascending("a", "b"));
            var collection = (IndexedH2Collection) backend.resolveDatabase("t").resolveCollection("c", true);
            var walks = collection.walks();

            assertThat(walks.walkFor(doc(), doc("code", 1))).as("sparse").isEmpty();
            assertThat(walks.walkFor(doc(), doc("b", 1))).as("not a leading key").isEmpty();
            assertThat(walks.walkFor(doc(), doc("a", 1))).as("ties by b").isEmpty();
            assertThat(walks.walkFor(doc(), doc("a", 1, "b", -1))).as("mixed directions").isEmpty();
            assertThat(walks.walkFor(doc(), doc("a", -1, "b", -1))).as("all descending: backward")
                    .hasValueSatisfying(walk -> assertThat(walk.backward()).isTrue());
            assertThat(walks.walkFor(doc("a", 1), doc("b", -1))).as("the rest descending: backward")
                    .hasValueSatisfying(walk -> assertThat(walk.backward()).isTrue());
            assertThat(walks.walkFor(doc("a", 1), doc("b", 1))).isPresent();
            assertThat(walks.walkFor(doc("a", 1), null)).as("an index narrows it").isEmpty();
            assertThat(walks.walkFor(doc("z", 1), null)).as("a scan, by _id").isPresent();
        }
    }

    static de.bwaldvogel.mongo.bson.Document doc(Object... keysAndValues) {
        var document = new de.bwaldvogel.mongo.bson.Document();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            document.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return document;
    }

    private static List<Object> ids(MongoCollection<Document> collection, Bson query, Bson sort, int skip, int limit,
                                    int batch) {
        var find = collection.find(query).skip(skip).limit(limit).batchSize(batch);
        return (sort == null ? find : find.sort(sort)).map(document -> document.get("_id")).into(new ArrayList<>());
    }
}
