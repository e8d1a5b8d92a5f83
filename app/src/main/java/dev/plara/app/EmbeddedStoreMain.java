package dev.plara.app;

import com.mongodb.client.MongoClients;
import dev.plara.mongo.MongoPlaraStores;
import dev.plara.mongo.TransactionMode;

import java.nio.file.Path;

/**
 * {@code java -jar plara.jar embedded-store [--port P] [--data DIR] [--database NAME]}: the embedded default's
 * MongoDB-wire store in a process of its own, for several Plara instances to share ({@code MONGODB_URI}) or for a
 * benchmark to tell the store's work from Plara's. A reopened file has its indexes rebuilt, as the embedded default does.
 */
final class EmbeddedStoreMain {

    private EmbeddedStoreMain() {
    }

    static void run(String[] args) throws InterruptedException {
        int port = 27017;
        var data = Path.of("data");
        var database = "plara";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                case "--database" -> database = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --port P, --data DIR and --database NAME");
            }
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("every option needs a value");
        }
        var store = EmbeddedMongo.open(data, port);
        if (store.reopened()) {
            try (var client = MongoClients.create(store.connectionString())) {
                MongoPlaraStores.connect(client, database, TransactionMode.OFF).rebuildIndexes();
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "embedded-store-shutdown"));
        System.out.println("Plara's embedded store listening on " + store.connectionString() + " (data in " + data
                + "); set MONGODB_URI to it");
        Thread.currentThread().join();
    }
}
