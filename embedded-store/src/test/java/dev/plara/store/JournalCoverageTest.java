package dev.plara.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of write the driver makes (and schema changes between them) comes back exactly
 * after a crash between checkpoints, with each collection's count and size; concurrent writers to one document keep
 * every change; a store that crashes again after a replay keeps both sessions' writes. (A renamed collection does
 * not: embedded-store/README.md.)
 */
@ExtendWith(CrashHarnessExtension.class)
class JournalCoverageTest {

    @Test
    void everyKindOfWriteComesBackExactlyAfterACrash(CrashHarness harness) {
        var backend = harness.open();
        var client = harness.client(backend);
        var db = client.getDatabase("plara");
        var kinds = db.getCollection("kinds");
        List<Object> ids = List.of(new ObjectId(), 7L, 8, 2.5, new Decimal128(new BigDecimal("10.10")), "s",
                new Document("a", 1).append("b", "x"), new Binary((byte) 0, new byte[]{1, 2, 3}), new Date(5));
        for (var id : ids) {
            kinds.insertOne(new Document("_id", id).append("n", 1).append("tags", List.of("a")));
            kinds.updateOne(Filters.eq("_id", id), Updates.combine(Updates.inc("n", 1), Updates.push("tags", "b")));
        }
        db.runCommand(new Document("insert", "kinds").append("documents", List.of(new Document("noId", true))));
        kinds.updateMany(Filters.gte("n", 2), Updates.rename("tags", "labels"));
        kinds.replaceOne(Filters.eq("_id", "s"), new Document("replaced", true));
        kinds.replaceOne(Filters.eq("_id", "new"), new Document("upserted", true), new ReplaceOptions().upsert(true));
        kinds.updateOne(Filters.eq("_id", "up"), Updates.setOnInsert("x", 1), new UpdateOptions().upsert(true));
        kinds.findOneAndUpdate(Filters.eq("_id", 7L), Updates.set("fam", 1),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        kinds.findOneAndDelete(Filters.eq("_id", 8));
        kinds.createIndex(Indexes.ascending("n"), new IndexOptions().name("late"));
        kinds.deleteMany(Filters.eq("upserted", true));
        db.getCollection("implicit").insertOne(new Document("_id", "i"));
        db.getCollection("dropped").insertOne(new Document("_id", "gone"));
        db.getCollection("dropped").drop();
        db.getCollection("dropped").insertOne(new Document("_id", "back"));
        client.getDatabase("other").getCollection("o").insertOne(new Document("_id", "gone"));
        client.getDatabase("other").drop();
        client.getDatabase("other").getCollection("o").insertOne(new Document("_id", "back"));
        GridFSBuckets.create(db).uploadFromStream("file", new ByteArrayInputStream(new byte[600_000]));
        var before = snapshot(client);
        harness.crash(backend);

        assertThat(snapshot(harness.client(harness.open()))).isEqualTo(before);
    }

    @Test
    void concurrentWritersToOneDocumentKeepEveryChangeThroughTwoCrashes(CrashHarness harness) throws Exception {
        var first = harness.open();
        var counters = harness.database(first).getCollection("counters");
        counters.insertOne(new Document("_id", "c").append("n", 0).append("seen", List.of()));
        var pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    counters.updateOne(Filters.eq("_id", "c"),
                            Updates.combine(Updates.inc("n", 1), Updates.push("seen", thread * 100 + i)));
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        harness.crash(first);
        var second = harness.open();
        harness.database(second).getCollection("counters").updateOne(Filters.eq("_id", "c"), Updates.inc("n", 1));
        harness.crash(second);

        var back = harness.database(harness.open()).getCollection("counters").find().first();

        assertThat(back.getInteger("n")).isEqualTo(401);
        assertThat(back.getList("seen", Integer.class)).hasSize(400).doesNotHaveDuplicates();
    }

    /** Every collection of every database: its documents (in _id order as the store answers) and its count and size. */
    private static Map<String, Object> snapshot(MongoClient client) {
        var all = new TreeMap<String, Object>();
        for (var dbName : List.of("plara", "other")) {
            var db = client.getDatabase(dbName);
            for (var name : db.listCollectionNames()) {
                var documents = db.getCollection(name).find().into(new ArrayList<>());
                var stats = db.runCommand(new Document("collStats", name));
                var shown = documents.stream().map(JournalCoverageTest::shortJson).sorted().toList();
                all.put(dbName + "." + name, List.of(documents.size(), shown, stats.get("count"), stats.get("size")));
            }
        }
        return all;
    }

    /** A document as JSON, a long one (a GridFS chunk) as its length and hash. */
    private static String shortJson(Document document) {
        var json = document.toJson();
        return json.length() < 300 ? json : json.length() + "#" + json.hashCode();
    }
}
