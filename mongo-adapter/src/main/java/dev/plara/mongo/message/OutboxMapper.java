package dev.plara.mongo.message;

import dev.plara.mongo.collection.DocumentValues;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxDelivery;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.notification.OutboxStatus;
import org.bson.Document;

/** Maps an outbox message and its delivery state to its {@code outbox} document and back. */
final class OutboxMapper {

    static final String STATUS = "status";
    static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    static final String LEASE_OWNER = "leaseOwner";
    static final String LEASE_UNTIL = "leaseUntil";
    static final String LEASE_TOKEN = "leaseToken";

    private OutboxMapper() {
    }

    static Document newDocument(OutboxMessage m) {
        var document = new Document("_id", m.key())
                .append("channel", m.channel().name())
                .append("body", m.body())
                .append("createdAt", DocumentValues.date(m.createdAt()))
                .append(STATUS, OutboxStatus.PENDING.name())
                .append("attempts", 0)
                .append(NEXT_ATTEMPT_AT, DocumentValues.date(m.createdAt()));
        DocumentValues.putIfPresent(document, "recipient", m.recipient());
        return DocumentValues.putIfPresent(document, "subject", m.subject());
    }

    static OutboxDelivery fromDocument(Document d) {
        var message = new OutboxMessage(d.getString("_id"), Channel.valueOf(d.getString("channel")),
                d.getString("recipient"), d.getString("subject"), d.getString("body"),
                DocumentValues.instant(d.getDate("createdAt")));
        return new OutboxDelivery(message, OutboxStatus.valueOf(d.getString(STATUS)),
                ((Number) d.get("attempts")).intValue(), DocumentValues.instant(d.getDate(NEXT_ATTEMPT_AT)),
                d.getString("lastError"));
    }
}
