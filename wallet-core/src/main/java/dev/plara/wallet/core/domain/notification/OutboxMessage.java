package dev.plara.wallet.core.domain.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * A message to send to an outside channel once the change that caused it has committed. Its key is derived from
 * that change, so the same change never queues two messages.
 *
 * @param recipient an email address; {@code null} for the channel's configured destination (the Telegram chat)
 * @param subject   {@code null} for channels without one
 */
public record OutboxMessage(String key, Channel channel, String recipient, String subject, String body,
                            Instant createdAt) {

    public OutboxMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "created at");
        if (channel == Channel.EMAIL && (recipient == null || subject == null)) {
            throw new IllegalArgumentException("an email has a recipient and a subject");
        }
    }

    /** A line for the operators' log chat. */
    public static OutboxMessage toOperators(String key, String line, Instant at) {
        return new OutboxMessage(key, Channel.TELEGRAM, null, null, line, at);
    }
}
