package dev.plara.store;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Listing the databases (a tool's {@code show dbs}, a monitoring poll) answers from the databases the store has open:
 * it opened each one again before, as a second object over the same maps, rebuilding every index of every collection
 * from its documents while the first object went on writing into them. Neither it nor a status command forces a
 * commit, as a change of the schema does.
 */
@ExtendWith(CrashHarnessExtension.class)
class ListDatabasesTest {

    @Test
    void listingTheDatabasesReadsNoDocumentAndLeavesEveryIndexAsItWas(CrashHarness harness) {
        var backend = harness.open();
        var entries = harness.database(backend).getCollection("entries");
        entries.createIndex(Indexes.ascending("n"), new IndexOptions().unique(true));
        var batch = new ArrayList<Document>();
        for (int i = 0; i < 2_000; i++) {
            batch.add(new Document("_id", "e" + i).append("n", i));
        }
        entries.insertMany(batch);
        backend.journal().checkpoint();
        var type = (BsonDocumentType) StoredDocuments.of(StoreMaps.documents(backend.getMvStore(), "plara.entries"));
        long before = type.decoded();

        var names = harness.client(backend).listDatabaseNames().into(new ArrayList<>());

        assertThat(names).contains("plara");
        assertThat(type.decoded() - before).as("documents decoded to list the databases").isZero();
        assertThatThrownBy(() -> entries.insertOne(new Document("_id", "again").append("n", 7)))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
        assertThat(entries.countDocuments()).isEqualTo(2_000);
    }

    @Test
    void listingTheDatabasesOrAskingTheServersStatusCommitsNothing(CrashHarness harness) {
        var backend = harness.open();
        var entries = harness.database(backend).getCollection("entries");
        entries.insertOne(new Document("_id", "e0"));
        backend.journal().checkpoint();
        long version = backend.getMvStore().getCurrentVersion();
        entries.insertOne(new Document("_id", "e1")); // in the journal, for the next scheduled checkpoint

        for (var command : List.of("listDatabases", "serverStatus", "connectionStatus", "dbStats")) {
            harness.client(backend).getDatabase("dbStats".equals(command) ? "plara" : "admin")
                    .runCommand(new Document(command, 1));
        }

        assertThat(backend.getMvStore().getCurrentVersion()).as("H2 commits of a monitor's poll").isEqualTo(version);
    }
}
