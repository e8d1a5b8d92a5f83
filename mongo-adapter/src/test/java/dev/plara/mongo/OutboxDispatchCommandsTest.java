package dev.plara.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.plara.store.EmbeddedMongo;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.fixtures.RecordingSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.plara.mongo.CoreOnMongo.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the dispatcher claims a backlog of the outbox for a few store commands per batch of messages, not three per
 * message (find, stamp, lease), and marks each sent message right after its send (one command each, so that a crash
 * never sends again what was sent): about 1.1 commands per message, not 4, counted over the wire on the embedded store.
 */
class OutboxDispatchCommandsTest {

    private static final int MESSAGES = 100;

    @TempDir
    Path dir;

    private final AtomicInteger commands = new AtomicInteger();

    @Test
    void aBacklogOfAHundredMessagesIsClaimedInBatchesAndMarkedOneByOne() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(counter()).build())) {
            var stores = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO);
            for (int i = 0; i < MESSAGES; i++) {
                stores.operations().outbox().enqueue(new OutboxMessage("log:" + i, Channel.TELEGRAM, null, null,
                        "message " + i, T0));
            }
            var telegram = new RecordingSender();
            var dispatcher = CoreOnMongo.on(stores).outboxDispatcher(List.of(telegram));

            commands.set(0);
            int runs = 0;
            while (dispatcher.dispatchDue().sent() > 0) {
                runs++;
            }
            double perMessage = commands.get() / (double) MESSAGES;

            assertThat(telegram.keys()).hasSize(MESSAGES).doesNotHaveDuplicates();
            assertThat(runs).as("runs of the dispatcher").isPositive();
            assertThat(perMessage).as("store commands per message sent (%d in all)", commands.get()).isLessThan(1.15);
        }
    }

    private CommandListener counter() {
        return new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.incrementAndGet();
            }
        };
    }
}
