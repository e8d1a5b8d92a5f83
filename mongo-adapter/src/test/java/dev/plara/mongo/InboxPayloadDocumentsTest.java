package dev.plara.mongo;

import com.mongodb.client.MongoDatabase;
import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.wallet.core.domain.webhook.InboundDelivery;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.port.out.WebhookInbox;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: a webhook delivery's document holds its payload only while pending, for its replay; the replayer's mark
 * and a redelivery that finishes it empty the stored field, not only what is read back.
 */
class InboxPayloadDocumentsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final String PAYLOAD = "{\"type\":\"order.paid\",\"data\":{\"id\":\"o-1\"}}";

    private WebhookInbox inbox;
    private MongoDatabase db;

    @BeforeEach
    void freshDatabase() {
        String name = InProcessMongo.newDatabaseName();
        inbox = InProcessMongo.shared().stores(name, WriteObserver.NONE).operations().webhookInbox();
        db = InProcessMongo.shared().client().getDatabase(name);
    }

    @Test
    void aPendingDeliveryKeepsItsPayloadUntilItIsFinished() {
        for (String id : List.of("evt-1", "evt-2")) {
            inbox.record(received(id).attempted(InboxStatus.PENDING, "store unavailable", T0.plusSeconds(10)));
        }
        assertThat(stored()).extracting(document -> document.getString("payload")).containsOnly(PAYLOAD);

        inbox.markDone("evt-1", InboxStatus.APPLIED, "applied by the replayer");
        inbox.record(received("evt-2").attempted(InboxStatus.APPLIED, "applied by a redelivery", T0));

        // An empty payload, not none: servers of the version before, replaced one at a time, require the field.
        assertThat(stored()).extracting(document -> document.getString("payload")).containsExactly("", "");
    }

    private static InboundDelivery received(String id) {
        return InboundDelivery.received(id, "order.paid", PAYLOAD, T0);
    }

    private List<Document> stored() {
        return db.getCollection(MongoSchema.WEBHOOK_INBOX).find().into(new ArrayList<>());
    }
}
