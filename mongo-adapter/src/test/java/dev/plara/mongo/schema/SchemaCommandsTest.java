package dev.plara.mongo.schema;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one-command schema carries an index's name, keys, uniqueness and sparseness: an index asking for more (an expiry,
 * a partial filter, a collation) is refused before anything is sent, not made on the embedded store without it while
 * MongoDB would honour it.
 */
class SchemaCommandsTest {

    @TempDir
    Path dir;

    @Test
    void anIndexOptionTheOneCommandSchemaDoesNotCarryIsRefusedBeforeAnythingIsSent() {
        var sent = new CopyOnWriteArrayList<String>();
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        sent.add(event.getCommandName());
                    }
                }).build())) {
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
}
