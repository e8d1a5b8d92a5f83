package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.RecordingSender;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.Ticker;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two dispatchers on one outbox while a channel is slow or fails: a send starts only while a minute of its batch's lease
 * is left on the dispatcher's own ticker, the rest is given back, and each message is marked right after its own send,
 * so none is sent twice.
 */
class OutboxSlowChannelTest {

    private final CoreHarness h = CoreHarness.usd();

    /** Issue 14, finding 6: one lease over a batch of 50 let the second dispatcher send the tail again (29 for 20). */
    @Test
    void aSlowChannelNeverOutlivesItsLeaseSoASecondDispatcherSendsNothingTwice() {
        queue(20);
        var telegram = new RecordingSender();
        var second = h.core.outboxDispatcher(List.of(telegram));
        var first = h.core.outboxDispatcher(List.of(telegram.during(() -> {
            h.clock.advance(Duration.ofSeconds(10));
            second.dispatchDue();
        })));

        for (int run = 0; run < 10 && first.dispatchDue().sent() > 0; run++) {
            second.dispatchDue();
        }

        assertThat(telegram.keys()).as("sends for 20 messages").hasSize(20).doesNotHaveDuplicates();
    }

    /** Issue 18: sends of 20 s against a batch's lease of 90 s: two per batch, the rest released and claimed again. */
    @Test
    void aBatchStopsSendingOnceLessThanAMinuteOfItsLeaseIsLeftAndGivesTheRestBack() {
        queue(10);
        var telegram = new RecordingSender();
        List<Integer> released = new CopyOnWriteArrayList<>();
        var dispatcher = new OutboxDispatcher(releasesCounted(h.stores.outbox(), released),
                List.of(telegram.during(() -> h.clock.advance(Duration.ofSeconds(20)))), "dispatcher-a", h.clock,
                Ticker.of(h.clock));

        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(10);

        assertThat(released).as("messages given back by each batch").containsExactly(8, 6, 4, 2);
        assertThat(telegram.keys()).hasSize(10).doesNotHaveDuplicates();
    }

    /** Review 6, O1: a send that starts before the stop and ends after a minute; the one sent before it stays sent. */
    @Test
    void aSendStartedBeforeTheStopHasItsFullMinuteSoNothingSentIsSentAgain() {
        queue(3);
        var telegram = new RecordingSender();
        var second = h.core.outboxDispatcher(List.of(telegram));
        var calls = new AtomicInteger();
        var first = h.core.outboxDispatcher(List.of(telegram.during(() -> {
            switch (calls.incrementAndGet()) {
                case 1 -> h.clock.advance(Duration.ofSeconds(29));
                case 2 -> {
                    h.clock.advance(Duration.ofSeconds(32));
                    second.dispatchDue();
                }
                default -> { }
            }
        })));

        first.dispatchDue();
        second.dispatchDue();

        assertThat(telegram.keys()).as("keys sent").hasSize(3).doesNotHaveDuplicates();
    }

    /** Review 6, O1: a channel failing with an error at the 6th message; the five sent before it are never sent again. */
    @Test
    void anErrorFromAChannelNeverRepeatsTheSendsBeforeIt() {
        queue(10);
        var telegram = new RecordingSender();
        var calls = new AtomicInteger();
        var first = h.core.outboxDispatcher(List.of(telegram.during(() -> {
            if (calls.incrementAndGet() == 6) {
                throw new Error("killed");
            }
        })));
        var second = h.core.outboxDispatcher(List.of(telegram));

        assertThat(first.dispatchDue().sent()).isEqualTo(9);
        h.clock.advance(Duration.ofSeconds(61));
        assertThat(second.dispatchDue().sent()).as("the failed one, tried again").isEqualTo(1);

        assertThat(telegram.keys()).as("keys sent").hasSize(10).doesNotHaveDuplicates();
    }

    /** An error the machine cannot go on after stops the run: what was sent stays sent, the unsent rest is given back. */
    @Test
    void aFatalErrorStopsTheRunKeepingTheSentAndGivingBackTheRest() {
        queue(10);
        var telegram = new RecordingSender();
        var calls = new AtomicInteger();
        var first = h.core.outboxDispatcher(List.of(telegram.during(() -> {
            if (calls.incrementAndGet() == 6) {
                throw new StackOverflowError();
            }
        })));
        var second = h.core.outboxDispatcher(List.of(telegram));

        assertThatThrownBy(first::dispatchDue).isInstanceOf(StackOverflowError.class);
        assertThat(second.dispatchDue().sent()).as("the rest, given back at once").isEqualTo(4);
        h.clock.advance(Duration.ofSeconds(91));
        assertThat(second.dispatchDue().sent()).as("the one in flight, once its lease ran out").isEqualTo(1);

        assertThat(telegram.keys()).as("keys sent").hasSize(10).doesNotHaveDuplicates();
    }

    private void queue(int count) {
        for (int i = 0; i < count; i++) {
            h.stores.outbox().enqueue(new OutboxMessage("log:" + i, Channel.TELEGRAM, null, null, "m" + i, h.clock.tick()));
        }
    }

    /** {@code outbox}, noting how many messages each release gives back. */
    private static Outbox releasesCounted(Outbox outbox, List<Integer> released) {
        return (Outbox) Proxy.newProxyInstance(Outbox.class.getClassLoader(), new Class<?>[] {Outbox.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("release")) {
                        released.add(((Collection<?>) args[0]).size());
                    }
                    return method.invoke(outbox, args);
                });
    }
}
