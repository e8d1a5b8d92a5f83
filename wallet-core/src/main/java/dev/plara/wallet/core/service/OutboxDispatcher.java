package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxDelivery;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase.DispatchReport;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase;
import dev.plara.wallet.core.port.out.MessageDeliveryException;
import dev.plara.wallet.core.port.out.MessageSender;
import dev.plara.wallet.core.port.out.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Leases due messages from the outbox one at a time, just before sending each (so several server instances never send
 * one message at once, and a lease covers one send, never a batch that a slow channel could outlast), sends it through
 * its channel and records the outcome. Failures back off from 30 s doubling up to 1 h; after
 * {@value #MAX_ATTEMPTS} attempts, or a failure that retrying cannot fix, the message is dead.
 */
public final class OutboxDispatcher implements DispatchOutboxUseCase {

    static final int MAX_ATTEMPTS = 12;
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final int BATCH = 50;

    private final Outbox outbox;
    private final Map<Channel, MessageSender> senders = new EnumMap<>(Channel.class);
    private final String worker;
    private final Clock clock;

    public OutboxDispatcher(Outbox outbox, List<MessageSender> senders, String worker, Clock clock) {
        this.outbox = outbox;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.worker = worker;
        this.clock = clock;
    }

    @Override
    public DispatchReport dispatchDue() {
        int sent = 0;
        int failed = 0;
        int givenUp = 0;
        for (int claimed = 0; claimed < BATCH; claimed++) {
            var due = outbox.claimDue(clock.instant(), worker, LEASE, 1);
            if (due.isEmpty()) {
                break;
            }
            var delivery = due.get(0);
            var failure = send(delivery);
            if (failure == null) {
                outbox.markSent(delivery.message().key(), worker);
                sent++;
                continue;
            }
            boolean giveUp = !failure.retryable() || delivery.attempts() + 1 >= MAX_ATTEMPTS;
            outbox.markFailed(delivery.message().key(), worker, failure.getMessage(),
                    clock.instant().plus(backoff(delivery.attempts())), giveUp);
            failed++;
            givenUp += giveUp ? 1 : 0;
        }
        return new DispatchReport(sent, failed, givenUp);
    }

    private MessageDeliveryException send(OutboxDelivery delivery) {
        var sender = senders.get(delivery.message().channel());
        if (sender == null) {
            return new MessageDeliveryException("no sender is configured for " + delivery.message().channel()
                    + " messages; Plara tries again once one is", true, null);
        }
        try {
            sender.send(delivery.message());
            return null;
        } catch (MessageDeliveryException failure) {
            return failure;
        } catch (RuntimeException unexpected) {
            return new MessageDeliveryException("sending failed: " + OperatorText.reasonOf(unexpected)
                    + "; Plara tries again", true, unexpected);
        }
    }

    /** 30 s, 60 s, 120 s, ... up to an hour. */
    static Duration backoff(int attemptsSoFar) {
        var delay = Duration.ofSeconds(30).multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }
}
