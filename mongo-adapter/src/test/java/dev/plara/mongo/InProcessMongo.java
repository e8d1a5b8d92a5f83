package dev.plara.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.plara.mongo.collection.WriteObserver;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** A mongo-java-server running in this JVM, reached through the real wire protocol by a real driver client. */
final class InProcessMongo implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static InProcessMongo shared;

    private final MongoServer server;
    private final MongoClient client;

    private InProcessMongo(MongoBackend backend) {
        this.server = new MongoServer(backend);
        var address = server.bind();
        this.client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    static InProcessMongo memory() {
        return new InProcessMongo(new MemoryBackend());
    }

    /** A server keeping its data in an H2 file, as the app's embedded default does. */
    static InProcessMongo h2(Path file) {
        return new InProcessMongo(new H2Backend(file.toString()));
    }

    /** One memory server for the whole test run; tests isolate themselves with a database each. */
    static synchronized InProcessMongo shared() {
        if (shared == null) {
            shared = memory();
        }
        return shared;
    }

    /** The stores on a database of their own, without transactions (this server has none). */
    MongoPlaraStores freshStores() {
        return stores(newDatabaseName(), WriteObserver.NONE);
    }

    MongoPlaraStores stores(String database, WriteObserver observer) {
        return MongoPlaraStores.connect(client, database, TransactionMode.AUTO, observer);
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
        server.shutdownNow();
    }
}
