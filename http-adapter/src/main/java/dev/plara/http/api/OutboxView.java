package dev.plara.http.api;

import dev.plara.wallet.core.domain.notification.OutboxDelivery;

/**
 * An outbox message that failed at least once: where it was going (a message with no recipient of its own goes to
 * the operators' chat), how often it was tried, and the last error in words.
 */
record OutboxView(String key, String channel, String recipient, String subject, String status, int attempts,
                  String nextAttemptAt, String lastError, String createdAt) {

    static OutboxView from(OutboxDelivery delivery) {
        var message = delivery.message();
        var recipient = message.recipient() == null ? "the operators' chat" : message.recipient();
        return new OutboxView(message.key(), WireFormat.name(message.channel()), recipient, message.subject(),
                WireFormat.name(delivery.status()), delivery.attempts(), WireFormat.time(delivery.nextAttemptAt()),
                delivery.lastError(), WireFormat.time(message.createdAt()));
    }
}
