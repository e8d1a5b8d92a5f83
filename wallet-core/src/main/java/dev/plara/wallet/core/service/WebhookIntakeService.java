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

/**
 * The webhook inbox: verify, store by delivery id, then apply; whatever cannot be applied now stays pending and is
 * retried with backoff by {@link #replayDue()}. Storing comes first, so a crash or an outage after the provider's 2xx
 * loses nothing.
 */
public final class WebhookIntakeService implements ReceiveWebhookUseCase, ReplayInboxUseCase {

    /** How long a fresh delivery is left to the request that stored it before the replayer may take it too. */
    static final Duration GRACE = Duration.ofSeconds(30);
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
        return webhooks.verify(request).match(this::store,
                rejected -> new WebhookResult.Rejected("rejected: " + rejected.reason()));
    }

    /** Stores a genuine delivery before anything acts on it, then applies it unless it was finished before. */
    private WebhookResult store(VerificationResult.Verified verified) {
        var now = clock.instant();
        var fresh = InboundDelivery.received(verified.deliveryId(), verified.type(), verified.payload(), now);
        var delivery = new InboundDelivery(fresh.id(), fresh.type(), fresh.payload(), now, InboxStatus.PENDING, 0,
                now.plus(GRACE), null);
        if (!inbox.record(delivery)) {
            var stored = inbox.find(delivery.id()).orElse(delivery);
            if (stored.status() != InboxStatus.PENDING) {
                return new WebhookResult.Duplicate(stored.id(), stored.type() + " " + stored.id() + ": duplicate of "
                        + stored.outcome());
            }
            delivery = stored;
        }
        return attempt(delivery);
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

    private WebhookResult attempt(InboundDelivery delivery) {
        var prefix = delivery.type() + " " + delivery.id() + ": ";
        PaymentEventHandler.HandlingResult outcome;
        try {
            outcome = handler.handle(webhooks.decode(delivery.type(), delivery.payload()));
        } catch (RuntimeException failure) {
            outcome = PaymentEventHandler.HandlingResult.retry(failed(failure));
        }
        if (outcome.retry()) {
            inbox.markFailed(delivery.id(), outcome.summary(), clock.instant().plus(backoff(delivery.attempts())));
            return new WebhookResult.Deferred(delivery.id(), prefix + outcome.summary());
        }
        var status = outcome.applied() ? InboxStatus.APPLIED : InboxStatus.IGNORED;
        inbox.markDone(delivery.id(), status, outcome.summary());
        return outcome.applied() ? new WebhookResult.Applied(delivery.id(), prefix + outcome.summary())
                : new WebhookResult.Ignored(delivery.id(), prefix + outcome.summary());
    }

    /** What an operator reads about a delivery whose applying threw: why, and what to do. */
    private static String failed(RuntimeException failure) {
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
