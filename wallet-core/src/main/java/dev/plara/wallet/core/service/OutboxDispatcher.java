package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxDelivery;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase.DispatchReport;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase;
import dev.plara.wallet.core.port.out.MessageDeliveryException;
import dev.plara.wallet.core.port.out.MessageSender;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.Ticker;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Leases due messages from the outbox in batches of {@value #CLAIM} (so several server instances never send one message
 * at once), sends each through its channel and records its outcome right after its send, so that what was sent is never
 * sent again. A batch is timed on this machine's own ticker from before its claim: a send starts only while at least
 * {@link #SEND_LEASE} of the batch's lease is left (as a lease of its own gave each send), the rest is given back, also
 * when the run stops on an error. A run claims up to {@value #CLAIMS_PER_RUN} batches, and more while they come back full
 * and less than {@link #RUN} (the job's interval) has passed since it began, so that it sends what fell due within its
 * interval however busy the server is (capped at 500 a second, it fell behind the ingest). Failures back off from 30 s
 * doubling up to 1 h; after {@value #MAX_ATTEMPTS} attempts, or a failure that retrying cannot fix, the message is dead.
 */
public final class OutboxDispatcher implements DispatchOutboxUseCase {

    static final int MAX_ATTEMPTS = 12;
    static final Duration LEASE = Duration.ofSeconds(90);
    static final Duration SEND_LEASE = MessageSender.SEND_WITHIN;
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final int CLAIM = 100;
    private static final int CLAIMS_PER_RUN = 5;
    private static final Duration RUN = Duration.ofSeconds(1);

    private final Outbox outbox;
    private final Map<Channel, MessageSender> senders = new EnumMap<>(Channel.class);
    private final String worker;
    private final Clock clock;
    private final Ticker ticker;

    public OutboxDispatcher(Outbox outbox, List<MessageSender> senders, String worker, Clock clock, Ticker ticker) {
        this.outbox = outbox;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.worker = worker;
        this.clock = clock;
        this.ticker = ticker;
    }

    @Override
    public DispatchReport dispatchDue() {
        var report = new DispatchReport(0, 0, 0);
        long began = ticker.nanos();
        for (int claim = 0; claim < CLAIMS_PER_RUN || ticker.nanos() - began < RUN.toNanos(); claim++) {
            long claimedAt = ticker.nanos();
            var batch = outbox.claimDue(clock.instant(), worker, LEASE, CLAIM);
            int started = 0;
            try {
                for (; started < batch.size() && ticker.nanos() - claimedAt <= LEASE.minus(SEND_LEASE).toNanos();) {
                    report = report.plus(deliver(batch.get(started++)));
                }
            } finally {
                if (started < batch.size()) {
                    outbox.release(batch.subList(started, batch.size()).stream().map(d -> d.message().key()).toList(),
                            worker);
                }
            }
            if (started == batch.size() && batch.size() < CLAIM || claim >= CLAIMS_PER_RUN && started < CLAIM) {
                break;
            }
        }
        return report;
    }

    /** Sends one message and records its outcome at once: only what the store marked sent counts as sent. */
    private DispatchReport deliver(OutboxDelivery delivery) {
        var failure = send(delivery);
        if (failure == null) {
            return new DispatchReport(outbox.markSent(delivery.message().key(), worker) ? 1 : 0, 0, 0);
        }
        boolean giveUp = !failure.retryable() || delivery.attempts() + 1 >= MAX_ATTEMPTS;
        outbox.markFailed(delivery.message().key(), worker, failure.getMessage(),
                clock.instant().plus(backoff(delivery.attempts())), giveUp);
        return new DispatchReport(0, 1, giveUp ? 1 : 0);
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
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (RuntimeException | Error unexpected) {
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
