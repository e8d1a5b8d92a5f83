package dev.plara.app;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import dev.plara.app.config.AppConfig;
import dev.plara.app.wiring.PlaraApplication;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import io.netty.channel.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18: a server with nothing to do writes nothing. Its outbox is checked four times a second and its webhook inbox
 * every 1.25 s, forever; a check that finds nothing due reads and takes no job lease (which took two durable writes a
 * second per cluster, each a majority write and a forced journal on a replica set). Counted as the store receives the
 * commands, from a production server in this JVM, over ten checks of the outbox and two of the inbox.
 */
@Timeout(120)
class IdleServerWritesTest {

    /** The server's database, of its own: a client of another test run on this machine may reach the port by chance. */
    private static final String DATABASE = "plara_idle";
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");

    @TempDir
    Path dir;

    private final List<String> received = new CopyOnWriteArrayList<>();

    @Test
    void checksOfAnIdleServersJobsWriteNothing() {
        var store = new MongoServer(new MemoryBackend() {
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                if (database.equals(DATABASE)) {
                    received.add(command + " " + query.get(command));
                }
                return super.handleCommand(channel, database, command, query);
            }
        });
        try (var emulator = PolarEmulator.start(EmulatorConfig.forTests())) {
            var env = ProductionEnvironment.against(emulator, 0);
            env.put("MONGODB_URI", "mongodb://127.0.0.1:" + store.bind().getPort());
            env.put("MONGODB_DATABASE", DATABASE);
            try (var app = PlaraApplication.start(AppConfig.from(env, dir), Clock.systemUTC())) {
                await().atMost(Duration.ofSeconds(30)).until(() -> reads("outbox") > 0);
                received.clear();
                await().atMost(Duration.ofSeconds(60)).until(() -> reads("outbox") >= 10 && reads("webhook_inbox") >= 2);
                var sent = new TreeMap<String, Integer>();
                received.forEach(command -> sent.merge(command, 1, Integer::sum));
                System.out.printf("ten checks of an idle outbox and two of its inbox sent %s%n", sent);
                assertThat(received.stream().filter(c -> WRITES.contains(c.substring(0, c.indexOf(' ')))))
                        .as("the writes of an idle server, in %s", sent).isEmpty();
            }
        } finally {
            store.shutdownNow();
        }
    }

    private long reads(String collection) {
        return received.stream().filter(c -> c.endsWith(" " + collection) && !WRITES.contains(c.split(" ")[0])).count();
    }
}
