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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6: two server instances, each with its own MongoDB client and dispatcher, share one outbox and send each
 * message once, because a claimed message is leased (not because they happen not to collide): each one's first send
 * waits until the other is sending too, so they hold their batches at the same time however the machine schedules
 * them, and a lease left by a crashed instance holds until it runs out by the store's clock (the instances' clocks are
 * never compared: issue 14). No step depends on how fast the machine is: the crashed lease is an hour, and its end is
 * reached by setting it to the store's present rather than by waiting.
 */
@Timeout(180)
class OutboxLeasesTest {

    private static final int MESSAGES = 120;
    private static final Duration SEND_TIME = Duration.ofMillis(15);
    /** How long a dispatcher's first send waits for the other's: far more than a loaded machine needs to start it. */
    private static final Duration MEETING = Duration.ofSeconds(30);
    /** Far longer than the test, so the survivor's runs fall inside it however loaded the machine is. */
    private static final Duration CRASHED_LEASE = Duration.ofHours(1);

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
        var bothSending = new CountDownLatch(2);

        var a = CompletableFuture.supplyAsync(() -> drain(dispatcherOf(first, bothSending), start));
        var b = CompletableFuture.supplyAsync(() -> drain(dispatcherOf(second, bothSending), start));
        start.countDown();

        assertThat(a.get() + b.get()).isEqualTo(MESSAGES);
        assertThat(bothSending.getCount()).as("dispatchers that began sending while the other held its batch").isZero();
        assertThat(a.get()).as("both instances did part of the work").isPositive();
        assertThat(b.get()).as("both instances did part of the work").isPositive();
        var lines = telegram.messages.stream().map(message -> message.get("text").asText()).toList();
        assertThat(lines).hasSize(MESSAGES).doesNotHaveDuplicates();
    }

    @Test
    void aLeaseLeftByACrashedInstanceHoldsUntilItRunsOutByTheStoresClockThenTheMessageIsSentOnce() {
        var survivor = dispatcherOf(second, new CountDownLatch(0));
        assertThat(survivor.dispatchDue()).as("the survivor, connected before the crash")
                .isEqualTo(new DispatchReport(0, 0, 0));
        queue(3);
        var crashed = first.stores().operations().outbox().claimDue(mongo.clock.instant(), "crashed-instance",
                CRASHED_LEASE, 10);
        assertThat(crashed).hasSize(3);

        mongo.clock.advance(Duration.between(mongo.clock.instant(), Instant.now().plus(CRASHED_LEASE.multipliedBy(2))));
        assertThat(survivor.dispatchDue()).as("the survivor's clock is past the lease's end: the store's decides")
                .isEqualTo(new DispatchReport(0, 0, 0));
        mongo.leasesEndNow();
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

    private DispatchOutboxUseCase dispatcherOf(CoreOnMongoWire.Instance instance, CountDownLatch bothSending) {
        var sender = new TelegramSender(telegram.config(), HttpClient.newHttpClient());
        return instance.core().outboxDispatcher(List.of(slow(sender, bothSending)));
    }

    /**
     * The channel taking {@link #SEND_TIME} per message; its first send counts {@code bothSending} down and waits (up to
     * {@link #MEETING}) until the other dispatcher's first send has too, so the two dispatchers' work overlaps.
     */
    private static MessageSender slow(MessageSender sender, CountDownLatch bothSending) {
        var first = new AtomicBoolean(true);
        return new MessageSender() {
            @Override
            public Channel channel() {
                return sender.channel();
            }

            @Override
            public void send(OutboxMessage message) {
                try {
                    if (first.getAndSet(false)) {
                        bothSending.countDown();
                        bothSending.await(MEETING.toMillis(), TimeUnit.MILLISECONDS);
                    }
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
