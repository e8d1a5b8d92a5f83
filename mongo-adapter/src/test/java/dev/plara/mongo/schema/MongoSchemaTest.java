package dev.plara.mongo.schema;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dev.plara.mongo.deposit.GridFsReceiptStore;
import dev.plara.mongo.transaction.ServerTopology;
import dev.plara.store.EmbeddedMongo;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema made at start, on the embedded store Plara ships, reached through the real driver. */
class MongoSchemaTest {

    /** How long the first commands wait for the others to be sent: starting four threads takes far less, loaded. */
    private static final Duration TOGETHER_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final List<String> commands = new CopyOnWriteArrayList<>();

    @Test
    void aNewDatabaseGetsEveryCollectionAndIndexInOneCommandOnTheEmbeddedStore() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(recorder()).build())) {
            var db = client.getDatabase("plara");
            var server = ServerTopology.probe(client.getDatabase("admin"));
            commands.clear();

            MongoSchema.ensure(db, server);
            var schemaCommands = List.copyOf(commands);

            var expected = new HashSet<>(MongoSchema.COLLECTIONS);
            expected.add(GridFsReceiptStore.FILES);
            assertThat(db.listCollectionNames().into(new HashSet<>())).containsAll(expected);
            assertThat(indexNames(db, MongoSchema.LEDGER_ENTRIES))
                    .contains("wallet_seq", "one_credit_per_bank_code", "owner_history", "unsettled");
            assertThat(indexNames(db, MongoSchema.WEBHOOK_INBOX)).contains("due", "by_status");
            assertThat(indexNames(db, GridFsReceiptStore.FILES)).contains("unclaimed");
            assertThat(server.schemaInOneCommand()).as("announced in its hello").isTrue();
            assertThat(schemaCommands).as("one listing, then the whole schema in one command")
                    .containsExactly("listCollections", "plaraSchema");
        }
        assertThat(commitsBeyondAnEmptyStore()).as("the store's commits for the whole schema").isEqualTo(1);
    }

    /** H2's commits to the store file in {@link #dir} beyond those of a store opened and closed with nothing asked. */
    private long commitsBeyondAnEmptyStore() {
        var empty = dir.resolve("empty");
        EmbeddedMongo.open(empty).close();
        return fileVersion(dir) - fileVersion(empty);
    }

    private static long fileVersion(Path directory) {
        try (var file = new MVStore.Builder().fileName(directory.resolve(EmbeddedMongo.FILE_NAME).toString())
                .readOnly().open()) {
            return file.getCurrentVersion();
        }
    }

    /**
     * A server without {@code plaraSchema} (MongoDB, here mongo-java-server's own H2 backend) refuses it, and gets the
     * commands of a new database one per collection, several at once, so that a store can answer them with one forced
     * commit: each of the first {@link SchemaCommands#TOGETHER} waits here until all of them were sent. Sent one by one,
     * the first waits in vain (it holds up the next): after {@link #TOGETHER_WITHIN} it lets the others go and the test
     * fails.
     */
    @Test
    void aServerWithoutTheSchemaCommandGetsOneCommandPerCollectionSeveralAtOnce() throws InterruptedException {
        var together = new CountDownLatch(SchemaCommands.TOGETHER);
        var metTheOthers = new CopyOnWriteArrayList<Boolean>();
        var server = new MongoServer(new H2Backend(MVStore.open(null)));
        try (var client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + server.bind().getPort()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        commands.add(event.getCommandName());
                        if (event.getCommandName().startsWith("create")) {
                            together.countDown();
                            metTheOthers.add(awaitQuietly(together));
                        }
                    }
                }).build())) {
            var db = client.getDatabase("plara");
            MongoSchema.ensure(db, ServerTopology.probe(client.getDatabase("admin")));
            assertThat(indexNames(db, MongoSchema.LEDGER_ENTRIES)).contains("wallet_seq", "owner_history");
            assertThat(db.listCollectionNames().into(new HashSet<>())).containsAll(MongoSchema.COLLECTIONS);
        } finally {
            server.shutdownNow();
        }

        assertThat(metTheOthers).hasSize(MongoSchema.COLLECTIONS.size() + 1).containsOnly(true);
        assertThat(commands).as("a server that does not announce it is never sent the one-command schema")
                .contains("createIndexes").doesNotContain("plaraSchema");
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            if (latch.await(TOGETHER_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        while (latch.getCount() > 0) {
            latch.countDown();
        }
        return false;
    }

    @Test
    void ensuringAgainKeepsWhatIsThere() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            var db = client.getDatabase("plara");
            var server = ServerTopology.probe(client.getDatabase("admin"));
            MongoSchema.ensure(db, server);
            db.getCollection(MongoSchema.USERS).insertOne(new Document("_id", "ann"));

            MongoSchema.ensure(db, server);

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
