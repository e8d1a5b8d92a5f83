package dev.plara.mongo.schema;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Collation;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.plara.mongo.transaction.ServerTopology;
import dev.plara.store.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one-command schema stops at a collection another server made meanwhile, and the rest is made one command per
 * collection. It carries an index's name, keys, uniqueness and sparseness: an index asking for more (an expiry,
 * a partial filter, a collation) is refused before anything is sent, not made on the embedded store without it while
 * MongoDB would honour it.
 */
class SchemaCommandsTest {

    @TempDir
    Path dir;

    /** The names of the commands sent, in order. */
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Test
    void anIndexOptionTheOneCommandSchemaDoesNotCarryIsRefusedBeforeAnythingIsSent() {
        try (var store = EmbeddedMongo.open(dir); var client = recording(store, name -> { })) {
            var db = client.getDatabase("plara");
            var server = ServerTopology.probe(client.getDatabase("admin"));
            var unique = new IndexOptions().unique(true);
            var beyond = List.of(new IndexOptions().name("expiring").expireAfter(1L, TimeUnit.DAYS),
                    unique.name("partial").partialFilterExpression(Filters.exists("owner")),
                    new IndexOptions().name("collated").collation(Collation.builder().locale("fr").build()));

            for (var options : beyond) {
                var model = new IndexModel(Indexes.ascending("createdAt"), options);
                assertThatThrownBy(() -> SchemaCommands.send(db, server, List.of(), Map.of("sessions", List.of(model))))
                        .hasMessageContaining(options.getName()).hasMessageContaining("sessions");
            }
            assertThat(server.schemaInOneCommand()).isTrue();
            assertThat(sent).doesNotContain("plaraSchema", "createIndexes");
        }
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
