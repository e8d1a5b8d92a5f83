package dev.plara.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import java.nio.file.Path;

/** The embedded store on a directory and the {@link ReferenceServer}, each behind the driver, to compare answers. */
final class ComparedStores implements AutoCloseable {

    private final EmbeddedMongo store;
    private final MongoClient client;
    private final ReferenceServer reference;

    ComparedStores(Path dir) {
        this.store = EmbeddedMongo.open(dir);
        this.client = MongoClients.create(store.connectionString());
        this.reference = new ReferenceServer();
    }

    /** Database {@code t} of the embedded store. */
    MongoDatabase ours() {
        return client.getDatabase("t");
    }

    /** Database {@code t} of the reference server. */
    MongoDatabase theirs() {
        return reference.client.getDatabase("t");
    }

    @Override
    public void close() {
        client.close();
        store.close();
        reference.close();
    }
}
