package dev.plara.http.api;

import dev.plara.wallet.core.domain.webhook.InboundDelivery;

/** A stored webhook delivery as admins see it: what it was, where it stands and what applying it did (or why not). */
record DeliveryView(String id, String type, String status, String receivedAt, int attempts, String nextAttemptAt,
                    String outcome) {

    static DeliveryView from(InboundDelivery delivery) {
        return new DeliveryView(delivery.id(), delivery.type(), WireFormat.name(delivery.status()),
                WireFormat.time(delivery.receivedAt()), delivery.attempts(), WireFormat.time(delivery.nextAttemptAt()),
                delivery.outcome());
    }
}
