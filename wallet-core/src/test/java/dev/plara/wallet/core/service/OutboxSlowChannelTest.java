package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.out.MessageSender;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Two dispatchers on one outbox while a channel is slow: each message is leased for its own send, never a batch's. */
class OutboxSlowChannelTest {

    private final CoreHarness h = CoreHarness.usd();

    /** Issue 14, finding 6: one lease over a batch of 50 let the second dispatcher send the tail again (29 for 20). */
    @Test
    void aSlowChannelNeverOutlivesItsLeaseSoASecondDispatcherSendsNothingTwice() {
        for (int i = 0; i < 20; i++) {
            h.stores.outbox().enqueue(new OutboxMessage("log:" + i, Channel.TELEGRAM, null, null, "m" + i, h.clock.tick()));
        }
        var sends = new ConcurrentHashMap<String, Integer>();
        var second = h.core.outboxDispatcher(List.of(counting(sends, () -> { })));
        var first = h.core.outboxDispatcher(List.of(counting(sends, () -> {
            h.clock.advance(Duration.ofSeconds(10));
            second.dispatchDue();
        })));

        first.dispatchDue();

        assertThat(sends.values().stream().mapToInt(Integer::intValue).sum()).as("sends for 20 messages").isEqualTo(20);
        assertThat(sends).hasSize(20);
    }

    /** A channel counting its sends by key, each taking {@code duringSend}'s time (which may move the clock). */
    private static MessageSender counting(Map<String, Integer> sends, Runnable duringSend) {
        return new MessageSender() {
            @Override
            public Channel channel() {
                return Channel.TELEGRAM;
            }

            @Override
            public void send(OutboxMessage message) {
                duringSend.run();
                sends.merge(message.key(), 1, Integer::sum);
            }
        };
    }
}
