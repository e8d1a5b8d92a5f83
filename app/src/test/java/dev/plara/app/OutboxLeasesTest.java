package dev.plara.app;

import dev.plara.app.senders.TelegramSender;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase.DispatchReport;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase;
import dev.plara.wallet.core.port.out.MessageSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6: two server instances, each with its own MongoDB client and dispatcher, share one outbox and send each
 * message once, because a claimed message is leased (not because they happen not to collide): they run at the same
 * time over slow channels, and a lease left by a crashed instance holds until it runs out by the store's clock (the
 * instances' clocks are never compared: issue 14).
 */
@Timeout(60)
class OutboxLeasesTest {

    private static final int MESSAGES = 120;
    private static final Duration SEND_TIME = Duration.ofMillis(15);
    /** Long enough that one run of the survivor fits inside it on a loaded machine (5 s did not: setup ran inside it). */
    private static final Duration CRASHED_LEASE = Duration.ofSeconds(10);

    private final CoreOnMongoWire mongo = new CoreOnMongoWire();
    private final CoreOnMongoWire.Instance first = mongo.instance();
    private final CoreOnMongoWire.Instance second = mongo.instance();
    private final FakeTelegram telegram = new FakeTelegram();

    @AfterEach
    void stop() {
        telegram.close();
        mongo.close();
    }

    @Test
    void twoDispatchersRunningAtOnceSendEachMessageOnce() throws Exception {
        queue(MESSAGES);
        var start = new CountDownLatch(1);

        var a = CompletableFuture.supplyAsync(() -> drain(dispatcherOf(first), start));
        var b = CompletableFuture.supplyAsync(() -> drain(dispatcherOf(second), start));
        start.countDown();

        assertThat(a.get() + b.get()).isEqualTo(MESSAGES);
        assertThat(a.get()).as("both instances did part of the work").isPositive();
        assertThat(b.get()).as("both instances did part of the work").isPositive();
        var lines = telegram.messages.stream().map(message -> message.get("text").asText()).toList();
        assertThat(lines).hasSize(MESSAGES).doesNotHaveDuplicates();
    }

    @Test
    void aLeaseLeftByACrashedInstanceHoldsUntilItRunsOutByTheStoresClockThenTheMessageIsSentOnce()
            throws InterruptedException {
        var survivor = dispatcherOf(second);
        assertThat(survivor.dispatchDue()).as("the survivor, connected before the crash")
                .isEqualTo(new DispatchReport(0, 0, 0));
        queue(3);
        var crashed = first.stores().operations().outbox().claimDue(mongo.clock.instant(), "crashed-instance",
                CRASHED_LEASE, 10);
        assertThat(crashed).hasSize(3);

        mongo.clock.advance(Duration.ofHours(1));
        assertThat(survivor.dispatchDue()).as("the survivor's clock runs ahead: the store's decides")
                .isEqualTo(new DispatchReport(0, 0, 0));
        Thread.sleep(CRASHED_LEASE.toMillis() + 100);
        assertThat(survivor.dispatchDue()).isEqualTo(new DispatchReport(3, 0, 0));
        assertThat(first.stores().operations().outbox().markSent(crashed.get(0).message().key(), "crashed-instance"))
                .as("the crashed instance's lease is gone").isFalse();

        assertThat(telegram.messages).hasSize(3);
    }

    private void queue(int count) {
        for (int i = 0; i < count; i++) {
            first.stores().operations().outbox().enqueue(new OutboxMessage("log:test:" + i, Channel.TELEGRAM, null, null,
                    "message " + i, mongo.clock.instant()));
        }
    }

    private DispatchOutboxUseCase dispatcherOf(CoreOnMongoWire.Instance instance) {
        var sender = new TelegramSender(telegram.config(), HttpClient.newHttpClient());
        return instance.core().outboxDispatcher(List.of(slow(sender)));
    }

    /** The channel taking {@link #SEND_TIME} per message, so the two dispatchers' work overlaps. */
    private static MessageSender slow(MessageSender sender) {
        return new MessageSender() {
            @Override
            public Channel channel() {
                return sender.channel();
            }

            @Override
            public void send(OutboxMessage message) {
                try {
                    Thread.sleep(SEND_TIME.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                sender.send(message);
            }
        };
    }

    /** Dispatches until a run finds nothing due; answers how many messages this dispatcher sent. */
    private static int drain(DispatchOutboxUseCase dispatcher, CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        int sent = 0;
        for (var report = dispatcher.dispatchDue(); report.sent() + report.failed() > 0; report = dispatcher.dispatchDue()) {
            assertThat(report.failed()).isZero();
            sent += report.sent();
        }
        return sent;
    }
}
