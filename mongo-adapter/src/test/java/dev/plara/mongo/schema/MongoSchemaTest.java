package dev.plara.mongo.schema;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.plara.mongo.deposit.GridFsReceiptStore;
import dev.plara.store.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema made at start, on the embedded store Plara ships, reached through the real driver. */
class MongoSchemaTest {

    @TempDir
    Path dir;

    private final List<String> commands = new CopyOnWriteArrayList<>();

    @Test
    void aNewDatabaseGetsEveryCollectionAndIndexInOneCommandPerCollection() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(recorder()).build())) {
            var db = client.getDatabase("plara");

            MongoSchema.ensure(db);
            var schemaCommands = List.copyOf(commands);

            var expected = new HashSet<>(MongoSchema.COLLECTIONS);
            expected.add(GridFsReceiptStore.FILES);
            assertThat(db.listCollectionNames().into(new HashSet<>())).containsAll(expected);
            assertThat(indexNames(db, MongoSchema.LEDGER_ENTRIES))
                    .contains("wallet_seq", "one_credit_per_bank_code", "owner_history", "unsettled");
            assertThat(indexNames(db, MongoSchema.WEBHOOK_INBOX)).contains("due", "by_status");
            assertThat(indexNames(db, GridFsReceiptStore.FILES)).contains("unclaimed");
            assertThat(schemaCommands).as("one listing, then one command per collection")
                    .hasSize(1 + expected.size()).startsWith("listCollections");
        }
    }

    @Test
    void ensuringAgainKeepsWhatIsThere() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            var db = client.getDatabase("plara");
            MongoSchema.ensure(db);
            db.getCollection(MongoSchema.USERS).insertOne(new Document("_id", "ann"));

            MongoSchema.ensure(db);

            assertThat(db.getCollection(MongoSchema.USERS).countDocuments()).isEqualTo(1);
            assertThat(indexNames(db, MongoSchema.LEDGER_ENTRIES)).contains("wallet_seq");
        }
    }

    private CommandListener recorder() {
        return new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.add(event.getCommandName());
            }
        };
    }

    private static Set<String> indexNames(MongoDatabase db, String collection) {
        var names = new HashSet<String>();
        db.getCollection(collection).listIndexes().forEach(index -> names.add(index.getString("name")));
        return names;
    }
}
