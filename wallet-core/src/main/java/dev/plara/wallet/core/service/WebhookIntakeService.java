package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.webhook.InboundDelivery;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;
import dev.plara.wallet.core.port.in.ReceiveWebhookUseCase.WebhookResult;
import dev.plara.wallet.core.port.in.ReceiveWebhookUseCase;
import dev.plara.wallet.core.port.in.ReplayInboxUseCase;
import dev.plara.wallet.core.port.out.PaymentWebhooks.VerificationResult;
import dev.plara.wallet.core.port.out.PaymentWebhooks;
import dev.plara.wallet.core.port.out.WebhookInbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The webhook inbox: verify, apply, then keep the delivery by its id, once, before the provider is answered: finished
 * (applied or ignored, with what it did), or pending when it cannot be applied now, retried with backoff by
 * {@link #replayDue()}. Nothing is answered 2xx before that write, so a crash or an outage before it leaves the
 * provider redelivering (Polar retries any delivery without a 2xx), and every handler being idempotent, applying it
 * again finds what was done.
 */
public final class WebhookIntakeService implements ReceiveWebhookUseCase, ReplayInboxUseCase {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);
    private static final int REPLAY_BATCH = 100;

    private final PaymentWebhooks webhooks;
    private final WebhookInbox inbox;
    private final PaymentEventHandler handler;
    private final Clock clock;

    public WebhookIntakeService(PaymentWebhooks webhooks, WebhookInbox inbox, PaymentEventHandler handler, Clock clock) {
        this.webhooks = webhooks;
        this.inbox = inbox;
        this.handler = handler;
        this.clock = clock;
    }

    @Override
    public WebhookResult receive(WebhookRequest request) {
        return webhooks.verify(request).match(this::applyAndKeep,
                rejected -> new WebhookResult.Rejected("rejected: " + rejected.reason()));
    }

    /**
     * Applies a genuine delivery, then keeps it in one write; when a finished delivery of that id was there, answers a
     * duplicate of it, whatever this attempt did (it found every effect done).
     */
    private WebhookResult applyAndKeep(VerificationResult.Verified verified) {
        var delivery = InboundDelivery.received(verified.deliveryId(), verified.type(), verified.payload(),
                clock.instant());
        var outcome = handle(delivery);
        var handled = outcome.retry() ? delivery.attempted(InboxStatus.PENDING, outcome.summary(), nextAttempt(delivery))
                : delivery.attempted(done(outcome), outcome.summary(), delivery.receivedAt());
        return inbox.record(handled).map(WebhookIntakeService::duplicate).orElseGet(() -> result(delivery, outcome));
    }

    @Override
    public int replayDue() {
        int finished = 0;
        for (InboundDelivery delivery : inbox.due(clock.instant(), REPLAY_BATCH)) {
            try {
                finished += attempt(delivery).match(rejected -> 1, applied -> 1, ignored -> 1, duplicate -> 1,
                        deferred -> 0);
            } catch (RuntimeException failure) {
                // Even its failure could not be recorded: it stays pending for admins and the next run, and the
                // deliveries after it go on.
            }
        }
        return finished;
    }

    /** Applies a pending delivery again and marks what that did. */
    private WebhookResult attempt(InboundDelivery delivery) {
        var outcome = handle(delivery);
        if (outcome.retry()) {
            inbox.markFailed(delivery.id(), outcome.summary(), nextAttempt(delivery));
        } else {
            inbox.markDone(delivery.id(), done(outcome), outcome.summary());
        }
        return result(delivery, outcome);
    }

    private PaymentEventHandler.HandlingResult handle(InboundDelivery delivery) {
        try {
            return handler.handle(webhooks.decode(delivery.type(), delivery.payload()));
        } catch (OutOfMemoryError fatal) {
            throw fatal; // nothing is answered 2xx: Polar redelivers it
        } catch (RuntimeException | Error failure) {
            // An Error too (a stack overflow, a missing class) keeps the delivery pending, retried and shown to admins.
            return PaymentEventHandler.HandlingResult.retry(failed(failure));
        }
    }

    private Instant nextAttempt(InboundDelivery delivery) {
        return clock.instant().plus(backoff(delivery.attempts()));
    }

    private static InboxStatus done(PaymentEventHandler.HandlingResult outcome) {
        return outcome.applied() ? InboxStatus.APPLIED : InboxStatus.IGNORED;
    }

    private static WebhookResult result(InboundDelivery delivery, PaymentEventHandler.HandlingResult outcome) {
        var summary = delivery.type() + " " + delivery.id() + ": " + outcome.summary();
        if (outcome.retry()) {
            return new WebhookResult.Deferred(delivery.id(), summary);
        }
        return outcome.applied() ? new WebhookResult.Applied(delivery.id(), summary)
                : new WebhookResult.Ignored(delivery.id(), summary);
    }

    private static WebhookResult duplicate(InboundDelivery finished) {
        return new WebhookResult.Duplicate(finished.id(), finished.type() + " " + finished.id() + ": duplicate of "
                + finished.outcome());
    }

    /** What an operator reads about a delivery whose applying threw: why, and what to do. */
    private static String failed(Throwable failure) {
        var reason = OperatorText.reasonOf(failure);
        return "Applying it failed: " + reason + (reason.endsWith(".") ? "" : ".")
                + " Plara tries again on its own; if it keeps failing, check that the database answers and read the"
                + " server log for this delivery.";
    }

    /** 10 s, 20 s, 40 s, ... up to 30 minutes between attempts. */
    static Duration backoff(int attemptsSoFar) {
        var delay = Duration.ofSeconds(10).multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }
}
