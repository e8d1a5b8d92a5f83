package dev.plara.store;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.nio.file.Path;
import java.util.function.Function;

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

    /** What {@code command} answered on {@code collection}, or the code of the error that refused it. */
    static String answer(Function<MongoCollection<Document>, Object> command, MongoCollection<Document> collection) {
        try {
            return String.valueOf(command.apply(collection));
        } catch (MongoException refused) {
            return "refused " + refused.getCode();
        }
    }

    @Override
    public void close() {
        client.close();
        store.close();
        reference.close();
    }
}
