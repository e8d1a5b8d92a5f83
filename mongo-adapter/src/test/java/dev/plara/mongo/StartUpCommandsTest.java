package dev.plara.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.plara.mongo.transaction.ServerTopology;
import dev.plara.store.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening the stores sends the embedded store no command it is known to refuse: it announces no sessions, as no
 * MongoDB the driver supports does, and like every such stand-in (mongo-java-server) it has no {@code collMod}, so no
 * validators are asked for; a server announcing sessions (MongoDB itself) is still asked for them.
 */
class StartUpCommandsTest {

    @TempDir
    Path dir;

    private final List<String> commands = new CopyOnWriteArrayList<>();

    @Test
    void startingOnTheEmbeddedStoreSendsNoCollModAtAnyStart() {
        for (int start = 1; start <= 2; start++) {
            try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(store.connectionString()))
                    .addCommandListener(recorder()).build())) {
                var stores = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO);

                assertThat(stores.validatorsEnforced()).isFalse();
            }
        }
        assertThat(commands).as("commands sent over two starts").isNotEmpty().doesNotContain("collMod");
    }

    @Test
    void aServerAnnouncingSessionsIsAskedForValidators() {
        assertThat(ServerTopology.from(new Document("logicalSessionTimeoutMinutes", 30)).mayHaveValidators())
                .isTrue();
        assertThat(ServerTopology.from(new Document("ismaster", true)).mayHaveValidators()).isFalse();
    }

    private CommandListener recorder() {
        return new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.add(event.getCommandName());
            }
        };
    }
}
