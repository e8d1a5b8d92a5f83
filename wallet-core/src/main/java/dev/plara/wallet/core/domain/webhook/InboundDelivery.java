package dev.plara.wallet.core.domain.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * A verified webhook delivery, stored once its request has handled it and before the provider is answered, so that a
 * failure to apply it is retried, never lost. One per delivery id (Polar's {@code webhook-id}, stable across retries).
 *
 * @param payload   the body as received, kept only while the delivery is pending (its replay decodes it); empty once
 *                  applied or ignored, since nothing reads it again and every stored byte costs the store
 * @param outcome   what applying it did, once applied or ignored; the last failure while pending
 */
public record InboundDelivery(String id, String type, String payload, Instant receivedAt, InboxStatus status,
                              int attempts, Instant nextAttemptAt, String outcome) {

    public InboundDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(receivedAt, "received at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "next attempt at");
        payload = status == InboxStatus.PENDING ? payload : "";
        if (id.isBlank()) {
            throw new IllegalArgumentException("a delivery has an id");
        }
    }

    public static InboundDelivery received(String id, String type, String payload, Instant at) {
        return new InboundDelivery(id, type, payload, at, InboxStatus.PENDING, 0, at, null);
    }

    /**
     * This delivery after one more attempt: applied, ignored or still pending, what it did or why it failed, and when
     * it is due again.
     */
    public InboundDelivery attempted(InboxStatus newStatus, String newOutcome, Instant dueAgainAt) {
        return new InboundDelivery(id, type, payload, receivedAt, newStatus, attempts + 1, dueAgainAt, newOutcome);
    }
}
