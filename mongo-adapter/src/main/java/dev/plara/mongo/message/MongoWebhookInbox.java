package dev.plara.mongo.message;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.webhook.InboundDelivery;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.port.out.WebhookInbox;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Webhook deliveries in {@code webhook_inbox}, one per {@code webhook-id} (the {@code _id}), written once their request
 * has handled them; only pending ones change, and only they keep a {@code payload}: a finished one's is {@code ""}
 * (not absent, which servers of earlier versions, replaced one at a time, could not read).
 */
public final class MongoWebhookInbox implements WebhookInbox {

    private static final String STATUS = "status";
    private static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    private static final String PAYLOAD = "payload";

    private final StoreCollection inbox;

    public MongoWebhookInbox(StoreCollection inbox) {
        this.inbox = inbox;
    }

    /**
     * One command when the id is new: a finished delivery acknowledged by the primary alone (a failover losing it loses
     * its record only: its effects are durable, and a redelivery finds them done), a pending one durably (after the
     * provider's 2xx only this document remembers it). A clash reads the stored one and moves it only if pending.
     */
    @Override
    public Optional<InboundDelivery> record(InboundDelivery handled) {
        var document = toDocument(handled);
        var inserted = handled.status() == InboxStatus.PENDING ? inbox.insertIfAbsent(document)
                : inbox.insertIfAbsentAcknowledgedByPrimary(document);
        if (inserted) {
            return Optional.empty();
        }
        var stored = find(handled.id()).orElseThrow();
        // Guarded by status (another server may have finished it since the read); $max keeps the replayer's backoff.
        if (stored.status() == InboxStatus.PENDING && inbox.update(pending(handled.id()), Updates.combine(attempted(
                handled.status(), handled.outcome()), Updates.max(NEXT_ATTEMPT_AT, DocumentValues.date(
                handled.nextAttemptAt())))).getMatchedCount() == 1) {
            return Optional.empty();
        }
        return stored.status() == InboxStatus.PENDING ? find(handled.id()) : Optional.of(stored);
    }

    @Override
    public Optional<InboundDelivery> find(String id) {
        return Optional.ofNullable(inbox.byId(id)).map(MongoWebhookInbox::fromDocument);
    }

    @Override
    public void markDone(String id, InboxStatus status, String outcome) {
        if (status == InboxStatus.PENDING) {
            throw new IllegalArgumentException("a delivery is done when applied or ignored, not pending");
        }
        // Cheap on a replica set: a mark lost in a failover leaves the delivery pending, and applying it again (by the
        // replayer, or Polar's next attempt) finds every effect done and marks it again.
        inbox.updateAcknowledgedByPrimary(pending(id), Updates.combine(Updates.set(STATUS, status.name()),
                Updates.set("outcome", outcome), Updates.set(PAYLOAD, "")), new UpdateOptions());
    }

    @Override
    public void markFailed(String id, String error, Instant nextAttemptAt) {
        inbox.update(pending(id), Updates.combine(attempted(InboxStatus.PENDING, error),
                Updates.set(NEXT_ATTEMPT_AT, DocumentValues.date(nextAttemptAt))));
    }

    @Override
    public List<InboundDelivery> due(Instant now, int limit) {
        if (limit < 1) {
            return List.of();
        }
        var dueNow = DocumentValues.allOf(Filters.eq(STATUS, InboxStatus.PENDING.name()),
                Filters.lte(NEXT_ATTEMPT_AT, DocumentValues.date(now)));
        return inbox.find(dueNow).sort(Sorts.ascending("receivedAt", "_id")).limit(limit)
                .map(MongoWebhookInbox::fromDocument).into(new ArrayList<>());
    }

    @Override
    public Page<InboundDelivery> list(InboxStatus status, PageRequest page) {
        var filter = Filters.eq(STATUS, status.name());
        return DocumentValues.page(inbox.find(filter).sort(Sorts.descending("receivedAt", "_id")), page, inbox.count(filter),
                MongoWebhookInbox::fromDocument);
    }

    private static Document toDocument(InboundDelivery d) {
        var document = new Document("_id", d.id())
                .append("type", d.type())
                .append(PAYLOAD, d.payload())
                .append("receivedAt", DocumentValues.date(d.receivedAt()))
                .append(STATUS, d.status().name())
                .append("attempts", d.attempts())
                .append(NEXT_ATTEMPT_AT, DocumentValues.date(d.nextAttemptAt()));
        return DocumentValues.putIfPresent(document, "outcome", d.outcome());
    }

    /** One more attempt on a pending delivery: its status, and what it did or why it failed; finished, no payload. */
    private static Bson attempted(InboxStatus status, String outcome) {
        var attempt = Updates.combine(Updates.inc("attempts", 1), Updates.set(STATUS, status.name()),
                Updates.set("outcome", outcome));
        return status == InboxStatus.PENDING ? attempt : Updates.combine(attempt, Updates.set(PAYLOAD, ""));
    }

    private static Bson pending(String id) {
        return DocumentValues.allOf(Filters.eq("_id", id), Filters.eq(STATUS, InboxStatus.PENDING.name()));
    }

    private static InboundDelivery fromDocument(Document d) {
        return new InboundDelivery(d.getString("_id"), d.getString("type"), d.getString(PAYLOAD),
                DocumentValues.instant(d.getDate("receivedAt")), InboxStatus.valueOf(d.getString(STATUS)),
                ((Number) d.get("attempts")).intValue(), DocumentValues.instant(d.getDate(NEXT_ATTEMPT_AT)),
                d.getString("outcome"));
    }
}
