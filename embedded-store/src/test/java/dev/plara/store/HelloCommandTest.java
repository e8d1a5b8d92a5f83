package dev.plara.store;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store answers {@code hello}, the handshake MongoDB 4.4.2 and later answer and clients ask first, as MongoDB does:
 * what {@code isMaster} says, with {@code isWritablePrimary} in place of {@code ismaster}; so a client asking it needs
 * no second round trip to fall back to {@code isMaster}.
 */
class HelloCommandTest {

    @TempDir
    Path data;

    @Test
    @Timeout(60)
    void answersHelloThroughTheDriverWithWhatIsMasterSaysAsAWritablePrimary() {
        try (var store = EmbeddedMongo.open(data); var client = MongoClients.create(store.connectionString())) {
            var admin = client.getDatabase("admin");
            var isMaster = admin.runCommand(new Document("isMaster", 1));

            var hello = admin.runCommand(new Document("hello", 1));

            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
            assertThat(hello.getBoolean("plaraSchema")).as("announces the one-command schema").isTrue();
            assertThat(hello).doesNotContainKey("ismaster");
            assertThat(hello.get("localTime")).isInstanceOf(Date.class);
            var rest = new Document(hello);
            rest.remove("isWritablePrimary");
            rest.remove("localTime");
            var isMasterRest = new Document(isMaster);
            isMasterRest.remove("ismaster");
            isMasterRest.remove("localTime");
            assertThat(rest).isEqualTo(isMasterRest).containsKeys("maxWireVersion", "maxBsonObjectSize", "ok");
        }
    }
}
