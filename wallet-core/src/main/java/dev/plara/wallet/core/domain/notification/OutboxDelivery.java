package dev.plara.wallet.core.domain.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * An outbox message with its delivery state, as the dispatcher and admins see it.
 *
 * @param lastError {@code null} until an attempt fails
 */
public record OutboxDelivery(OutboxMessage message, OutboxStatus status, int attempts, Instant nextAttemptAt,
                             String lastError) {

    public OutboxDelivery {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "next attempt at");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts are never negative");
        }
    }
}
