package dev.plara.mongo.schema;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.plara.mongo.transaction.ServerTopology;
import dev.plara.store.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-command schema stops at a collection another server made meanwhile, and the rest is made one command per
 * collection; the one command makes the very indexes the driver makes one collection at a time.
 */
class SchemaCommandsTest {

    @TempDir
    Path dir;

    /** The names of the commands sent, in order. */
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Test
    void theOneCommandSchemaMakesTheIndexesTheDriverMakesOneCollectionAtATime() {
        try (var store = EmbeddedMongo.open(dir); var client = recording(store, name -> { })) {
            var server = ServerTopology.probe(client.getDatabase("admin"));
            var oneByOne = new ServerTopology(server.replicaSet(), server.mongos(), server.sessions(), false);

            MongoSchema.ensure(client.getDatabase("as_one"), server);
            assertThat(sent).contains("plaraSchema").doesNotContain("createIndexes");
            MongoSchema.ensure(client.getDatabase("one_by_one"), oneByOne);

            for (var collection : MongoSchema.COLLECTIONS) {
                assertThat(indexes(client.getDatabase("as_one"), collection)).as(collection)
                        .isEqualTo(indexes(client.getDatabase("one_by_one"), collection));
            }
            assertThat(indexes(client.getDatabase("as_one"), MongoSchema.LEDGER_ENTRIES))
                    .contains("one_credit_per_bank_code {bankCode=1} unique sparse");
        }
    }

    /** Each index of {@code collection}: its name, keys, and whether it is unique and sparse. */
    private static Set<String> indexes(MongoDatabase db, String collection) {
        return db.getCollection(collection).listIndexes().map(index -> index.getString("name") + " "
                + new LinkedHashMap<>(index.get("key", Document.class))
                + (index.getBoolean("unique", false) ? " unique" : "")
                + (index.getBoolean("sparse", false) ? " sparse" : "")).into(new HashSet<>());
    }

    /**
     * Two servers starting on one store: a collection the other made between this one's listing and its schema command
     * stops that command (NamespaceExists); the rest is then made one command per collection, and the start goes on.
     */
    @Test
    void aCollectionMadeMeanwhileByAnotherServerIsNoFailure() {
        try (var store = EmbeddedMongo.open(dir); var other = MongoClients.create(store.connectionString());
             var client = recording(store, name -> {
                 if ("plaraSchema".equals(name)) {
                     other.getDatabase("plara").createCollection(MongoSchema.USERS);
                 }
             })) {
            var db = client.getDatabase("plara");

            MongoSchema.ensure(db, ServerTopology.probe(client.getDatabase("admin")));

            assertThat(db.listCollectionNames().into(new HashSet<>())).containsAll(MongoSchema.COLLECTIONS);
            assertThat(db.getCollection(MongoSchema.LEDGER_ENTRIES).listIndexes().map(index -> index.getString("name"))
                    .into(new HashSet<>())).contains("wallet_seq", "owner_history");
            assertThat(sent.subList(sent.indexOf("plaraSchema") + 1, sent.size()))
                    .as("after the refused schema command, one per collection").contains("create", "createIndexes");
        }
    }

    /** A client of {@code store} noting each command's name in {@link #sent}, then handing it to {@code before}. */
    private MongoClient recording(EmbeddedMongo store, Consumer<String> before) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        sent.add(event.getCommandName());
                        before.accept(event.getCommandName());
                    }
                }).build());
    }
}
