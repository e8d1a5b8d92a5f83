package dev.plara.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.plara.store.EmbeddedMongo;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.fixtures.RecordingSender;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static dev.plara.mongo.CoreOnMongo.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: dispatchers claiming batches, each through a driver client of its own as separate servers would, on one
 * embedded store over the real wire, beside a worker that claimed a batch and died: every message is sent exactly
 * once, the dead worker's batch once its lease ran out by the store's clock.
 */
@Timeout(120)
class OutboxWorkersAcrossClientsTest {

    private static final int MESSAGES = 400;
    private static final int WORKERS = 4;

    @TempDir
    Path dir;

    private final List<MongoClient> clients = new ArrayList<>();
    private EmbeddedMongo store;

    @AfterEach
    void close() {
        clients.forEach(MongoClient::close);
        store.close();
    }

    @Test
    void dispatchersOnSeparateClientsSendEveryMessageExactlyOnce() {
        store = EmbeddedMongo.open(dir);
        var stores = new ArrayList<MongoPlaraStores>();
        for (int i = 0; i <= WORKERS; i++) {
            var client = MongoClients.create(store.connectionString());
            clients.add(client);
            stores.add(MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO));
        }
        var outbox = stores.get(0).operations().outbox();
        IntStream.range(0, MESSAGES).parallel().forEach(i -> outbox.enqueue(
                new OutboxMessage("log:" + i, Channel.TELEGRAM, null, null, "message " + i, T0)));
        var died = outbox.claimDue(T0, "worker-that-died", Duration.ofSeconds(2), 50);
        var telegram = new RecordingSender();

        var workers = stores.subList(1, WORKERS + 1).stream().map(CoreOnMongo::on)
                .map(core -> core.outboxDispatcher(List.of(telegram)))
                .map(dispatcher -> CompletableFuture.supplyAsync(() -> drain(dispatcher, telegram))).toList();
        var sentByWorker = workers.stream().map(CompletableFuture::join).toList();

        assertThat(died).hasSize(50);
        assertThat(sentByWorker.stream().mapToInt(Integer::intValue).sum()).as("sent by %s", sentByWorker)
                .isEqualTo(MESSAGES);
        assertThat(telegram.keys()).hasSize(MESSAGES).doesNotHaveDuplicates();
        assertThat(died.stream().filter(d -> outbox.markSent(d.message().key(), "worker-that-died")).count())
                .as("the dead worker's lease is gone").isZero();
    }

    /** Runs {@code dispatcher} until every message was sent by some worker; answers how many it sent. */
    private static int drain(DispatchOutboxUseCase dispatcher, RecordingSender telegram) {
        int sent = 0;
        while (telegram.keys().stream().distinct().count() < MESSAGES) {
            var report = dispatcher.dispatchDue();
            assertThat(report.failed()).isZero();
            sent += report.sent();
            if (report.sent() == 0) {
                sleep();
            }
        }
        return sent;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
