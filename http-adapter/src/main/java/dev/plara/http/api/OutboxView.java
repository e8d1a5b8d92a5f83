package dev.plara.http.api;

import dev.plara.wallet.core.domain.notification.OutboxDelivery;

/** An outbox message that failed at least once: where it was going, how often it was tried, and the last error. */
record OutboxView(String key, String channel, String recipient, String subject, String status, int attempts,
                  String nextAttemptAt, String lastError, String createdAt) {

    static OutboxView from(OutboxDelivery delivery) {
        var message = delivery.message();
        return new OutboxView(message.key(), WireFormat.name(message.channel()), message.recipient(), message.subject(),
                WireFormat.name(delivery.status()), delivery.attempts(), WireFormat.time(delivery.nextAttemptAt()),
                delivery.lastError(), WireFormat.time(message.createdAt()));
    }
}
