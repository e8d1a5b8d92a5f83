package dev.plara.store;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review of the store: mongo-java-server's {@code H2Database.drop} removes every map whose name starts with
 * {@code databases.<name>} or {@code meta.<name>}, with no dot after the name, so dropping database {@code pay} also
 * removes the documents of database {@code payments}.
 */
class DropDatabaseReviewTest {

    @TempDir
    Path dir;

    @Test
    void droppingADatabaseLeavesADatabaseWhoseNameItPrefixes() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            client.getDatabase("payments").getCollection("ledger").insertOne(new Document("_id", "kept"));
            client.getDatabase("pay").getCollection("ledger").insertOne(new Document("_id", "dropped"));
            client.getDatabase("pay").drop();
        }

        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            assertThat(client.getDatabase("payments").getCollection("ledger").countDocuments()).isEqualTo(1);
        }
    }
}
