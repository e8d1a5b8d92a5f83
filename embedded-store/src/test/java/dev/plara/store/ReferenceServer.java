package dev.plara.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** mongo-java-server's memory backend, which plans queries as it always has: the answers to compare with. */
final class ReferenceServer implements AutoCloseable {

    final MongoServer server = new MongoServer(new MemoryBackend());
    final MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
