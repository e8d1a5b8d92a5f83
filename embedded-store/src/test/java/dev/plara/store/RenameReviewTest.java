package dev.plara.store;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review of the store: mongo-java-server's {@code H2Database.moveCollection} reads the collection's name after it was
 * renamed, so it opens a new, empty map under the new name and renames that one onto itself; the documents stay in the
 * map of the old name, where the collection keeps writing (and its journal records name it). Reopened, even cleanly,
 * the renamed collection is empty, and a new collection of the old name would inherit its documents.
 */
class RenameReviewTest {

    @TempDir
    Path dir;

    @Test
    void aRenamedCollectionKeepsItsDocumentsThroughACleanRestart() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            var db = client.getDatabase("plara");
            db.getCollection("before").insertOne(new Document("_id", "r1"));
            db.getCollection("before").renameCollection(new MongoNamespace("plara", "after"));
            db.getCollection("after").insertOne(new Document("_id", "r2"));
        }

        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            var db = client.getDatabase("plara");
            assertThat(db.getCollection("after").find().map(d -> d.getString("_id")).into(new ArrayList<>()))
                    .as("the renamed collection").containsExactlyInAnyOrder("r1", "r2");
            assertThat(db.getCollection("before").countDocuments()).as("a collection of the old name").isZero();
        }
    }
}
