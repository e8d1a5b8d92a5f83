package dev.plara.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.plara.mongo.collection.StoreRounds;
import dev.plara.mongo.collection.WriteObserver;
import dev.plara.store.EmbeddedMongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The engine Plara ships, its embedded store (mongo-java-server on a durable H2 file), running in this JVM and reached
 * through the real wire protocol by a real driver client.
 */
final class InProcessMongo implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static InProcessMongo shared;

    private final EmbeddedMongo store;
    private final MongoClient client;
    private final Path temporaryDirectory;

    private InProcessMongo(Path dataDirectory, boolean temporary) {
        this.store = EmbeddedMongo.open(dataDirectory);
        this.client = MongoClients.create(store.connectionString());
        this.temporaryDirectory = temporary ? dataDirectory : null;
    }

    /** The embedded store on its data file in {@code dataDirectory}, kept when closed. */
    static InProcessMongo open(Path dataDirectory) {
        return new InProcessMongo(dataDirectory, false);
    }

    /** The embedded store on a new temporary directory, deleted when closed. */
    static InProcessMongo temporary() {
        try {
            return new InProcessMongo(Files.createTempDirectory("plara-store-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One store for the whole test run, closed at exit; tests isolate themselves with a database each. */
    static synchronized InProcessMongo shared() {
        if (shared == null) {
            shared = temporary();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "shared-store-close"));
        }
        return shared;
    }

    /** The stores on a database of their own, without transactions (this server has none). */
    MongoPlaraStores freshStores() {
        return stores(newDatabaseName(), WriteObserver.NONE);
    }

    MongoPlaraStores stores(String database, WriteObserver observer) {
        return MongoPlaraStores.connect(client, client, database, TransactionMode.AUTO, observer, StoreRounds.none());
    }

    static String newDatabaseName() {
        return "plara_test_" + DATABASES.incrementAndGet();
    }

    MongoClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        store.close();
        if (temporaryDirectory != null) {
            try (Stream<Path> files = Files.walk(temporaryDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
