package dev.plara.store;

import java.nio.file.Path;

/**
 * {@code java -jar plara.jar embedded-store [--port P] [--data DIR]}: the embedded store in a process of its own, for
 * several Plara instances to share ({@code MONGODB_URI}) or for a benchmark to tell the store's work from its
 * clients'. It prints its URI once it serves, which is after a reopened file's indexes were rebuilt.
 */
public final class EmbeddedStoreMain {

    private EmbeddedStoreMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 27017;
        var data = Path.of("data");
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("every option needs a value");
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --port P and --data DIR");
            }
        }
        var store = EmbeddedMongo.open(data, port);
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "embedded-store-shutdown"));
        System.out.println("Plara's embedded store listening on " + store.connectionString() + " (data in " + data
                + "); set MONGODB_URI to it");
        Thread.currentThread().join();
    }
}
