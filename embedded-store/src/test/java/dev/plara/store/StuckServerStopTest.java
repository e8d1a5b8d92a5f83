package dev.plara.store;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.netty.channel.Channel;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the store (what the shutdown hooks of {@code plara.jar embedded-store} and of the server run on SIGTERM)
 * returns within its bound even when a thread of its server never finishes its work, as after an OutOfMemoryError in
 * one of them: the server's own stop waits for every one of its threads without a bound, and held the process for good.
 */
class StuckServerStopTest {

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void closingReturnsWithinItsBoundWhenAThreadOfTheServerIsStuck() throws Exception {
        var backend = new StuckBackend();
        var server = new MongoServer(backend);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        var store = new EmbeddedMongo(server, Duration.ofSeconds(1));
        try (var client = MongoClients.create(store.connectionString() + "/?socketTimeoutMS=120000")) {
            var stuck = CompletableFuture.runAsync(() -> client.getDatabase("t").runCommand(new Document("stick", 1)));
            backend.entered.await();

            store.close();

            assertThat(stuck).as("the command still stuck").isNotDone();
        } finally {
            backend.released.countDown();
        }
    }

    /** A backend whose command {@code stick} holds its server thread until released. */
    private static final class StuckBackend extends MemoryBackend {

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);

        @Override
        public de.bwaldvogel.mongo.bson.Document handleCommand(Channel channel, String database, String command,
                de.bwaldvogel.mongo.bson.Document query) {
            if (!"stick".equals(command)) {
                return super.handleCommand(channel, database, command, query);
            }
            entered.countDown();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new de.bwaldvogel.mongo.bson.Document("ok", 1.0);
        }
    }
}
