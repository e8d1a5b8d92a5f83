package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.nio.file.Path;

/**
 * A child JVM for {@link EmbeddedStoreDurabilityTest}: inserts documents under a unique key into the embedded store in
 * {@code args[0]} from four threads and prints the key of each insert the store acknowledged, until it is killed.
 */
public final class AcknowledgedWritesLoad {

    private AcknowledgedWritesLoad() {
    }

    public static void main(String[] args) throws InterruptedException {
        var embedded = EmbeddedMongo.open(Path.of(args[0]));
        var entries = MongoClients.create(embedded.connectionString()).getDatabase("plara").getCollection("entries");
        entries.createIndex(Indexes.ascending("key"), new IndexOptions().name("one_per_key").unique(true));
        for (int t = 0; t < 4; t++) {
            int thread = t;
            var worker = new Thread(() -> {
                for (long i = 0; ; i++) {
                    var key = thread + "-" + i;
                    entries.insertOne(new Document("key", key).append("wallet", "w" + (i % 5)).append("amount", 100));
                    System.out.println("acknowledged " + key);
                }
            });
            worker.setDaemon(true);
            worker.start();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
