package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.nio.file.Path;

/**
 * A child JVM for {@link EmbeddedStoreDurabilityTest}: inserts documents under a unique key into the embedded store in
 * {@code args[0]} from four threads, deletes every third one again and counts in a document per thread, and prints
 * each insert, delete and count the store acknowledged, until it is killed.
 */
public final class AcknowledgedWritesLoad {

    private AcknowledgedWritesLoad() {
    }

    public static void main(String[] args) throws InterruptedException {
        var embedded = EmbeddedMongo.open(Path.of(args[0]));
        var database = MongoClients.create(embedded.connectionString()).getDatabase("plara");
        var entries = database.getCollection("entries");
        var counts = database.getCollection("counts");
        entries.createIndex(Indexes.ascending("key"), new IndexOptions().name("one_per_key").unique(true));
        for (int t = 0; t < 4; t++) {
            int thread = t;
            var worker = new Thread(() -> {
                for (long i = 0; ; i++) {
                    var key = thread + "-" + i;
                    entries.insertOne(new Document("key", key).append("wallet", "w" + (i % 5)).append("amount", 100));
                    System.out.println("acknowledged " + key);
                    if (i % 3 == 2) {
                        entries.deleteOne(Filters.eq("key", key));
                        System.out.println("deleted " + key);
                    }
                    counts.updateOne(Filters.eq("_id", "count-" + thread), Updates.inc("n", 1),
                            new UpdateOptions().upsert(true));
                    System.out.println("counted count-" + thread + " " + (i + 1));
                }
            });
            worker.setDaemon(true);
            worker.start();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
