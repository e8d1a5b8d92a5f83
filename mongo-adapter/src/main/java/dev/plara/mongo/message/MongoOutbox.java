package dev.plara.mongo.message;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.notification.OutboxDelivery;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.notification.OutboxStatus;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.port.out.Outbox;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.plara.mongo.message.OutboxMapper.LEASE_OWNER;
import static dev.plara.mongo.message.OutboxMapper.LEASE_UNTIL;
import static dev.plara.mongo.message.OutboxMapper.NEXT_ATTEMPT_AT;
import static dev.plara.mongo.message.OutboxMapper.STATUS;

/**
 * The outbox in {@code outbox}, one document per key. Messages are claimed by a query for the oldest due keys, then per
 * key a stamp of the store's time and a {@code findOneAndUpdate} guarded by the lease it was seen with, so two workers
 * on any number of clients never hold one message at once and a lease runs out by the store's clock, never by a
 * worker's; keys another worker holds are skipped and the next due ones tried. Finishing is guarded by the lease owner.
 */
public final class MongoOutbox implements Outbox {

    private static final String STORE_NOW = "checkedAt";
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    private final StoreCollection outbox;

    public MongoOutbox(StoreCollection outbox) {
        this.outbox = outbox;
    }

    @Override
    public void enqueue(OutboxMessage message) {
        outbox.insertIfAbsent(OutboxMapper.newDocument(message));
    }

    @Override
    public List<OutboxDelivery> claimDue(Instant now, String worker, Duration lease, int limit) {
        var claimed = new ArrayList<OutboxDelivery>();
        var tried = new ArrayList<String>();
        while (claimed.size() < limit) {
            var candidates = outbox.find(DocumentValues.allOf(due(now), Filters.nin("_id", tried)))
                    .sort(Sorts.ascending(NEXT_ATTEMPT_AT, "_id")).projection(Projections.include("_id"))
                    .limit(limit - claimed.size()).into(new ArrayList<>());
            if (candidates.isEmpty()) {
                break;
            }
            for (Document candidate : candidates) {
                var key = candidate.getString("_id");
                tried.add(key);
                claim(key, now, worker, lease).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    /**
     * Stamps the message with the store's time, then takes it if its lease ran out by that time, guarded by the lease,
     * attempts and status it was seen with: the store's clock decides, and of two workers only the first write wins.
     */
    private Optional<OutboxDelivery> claim(String key, Instant now, String worker, Duration lease) {
        var seen = outbox.findAndUpdate(DocumentValues.allOf(Filters.eq("_id", key), due(now)),
                Updates.currentDate(STORE_NOW), AFTER);
        if (seen == null) {
            return Optional.empty();
        }
        var storeNow = DocumentValues.instant(seen.getDate(STORE_NOW));
        var leasedUntil = seen.getDate(LEASE_UNTIL);
        if (leasedUntil != null && storeNow.isBefore(leasedUntil.toInstant())) {
            return Optional.empty();
        }
        var unchanged = DocumentValues.allOf(Filters.eq("_id", key), due(now), Filters.eq("attempts", seen.get("attempts")),
                leasedUntil == null ? Filters.exists(LEASE_UNTIL, false) : Filters.eq(LEASE_UNTIL, leasedUntil));
        Document taken = outbox.findAndUpdate(unchanged, Updates.combine(Updates.set(LEASE_OWNER, worker),
                Updates.set(LEASE_UNTIL, DocumentValues.date(storeNow.plus(lease)))), AFTER);
        return Optional.ofNullable(taken).map(OutboxMapper::fromDocument);
    }

    /** Pending and due by the caller's clock (a retry time it set); whether a lease ran out is the store's to say. */
    private static Bson due(Instant now) {
        return DocumentValues.allOf(Filters.eq(STATUS, OutboxStatus.PENDING.name()),
                Filters.lte(NEXT_ATTEMPT_AT, DocumentValues.date(now)));
    }

    @Override
    public boolean markSent(String key, String worker) {
        return finish(key, worker, Updates.set(STATUS, OutboxStatus.SENT.name()));
    }

    @Override
    public boolean markFailed(String key, String worker, String error, Instant nextAttemptAt, boolean giveUp) {
        return finish(key, worker, Updates.combine(Updates.inc("attempts", 1), Updates.set("lastError", error),
                Updates.set(NEXT_ATTEMPT_AT, DocumentValues.date(nextAttemptAt)),
                Updates.set(STATUS, (giveUp ? OutboxStatus.DEAD : OutboxStatus.PENDING).name())));
    }

    @Override
    public Optional<OutboxDelivery> find(String key) {
        return Optional.ofNullable(outbox.byId(key)).map(OutboxMapper::fromDocument);
    }

    @Override
    public Page<OutboxDelivery> troubled(PageRequest page) {
        var filter = Filters.or(Filters.eq(STATUS, OutboxStatus.DEAD.name()),
                DocumentValues.allOf(Filters.eq(STATUS, OutboxStatus.PENDING.name()), Filters.gte("attempts", 1)));
        return DocumentValues.page(outbox.find(filter).sort(Sorts.ascending("createdAt", "_id")), page, outbox.count(filter),
                OutboxMapper::fromDocument);
    }

    private boolean finish(String key, String worker, Bson outcome) {
        var held = DocumentValues.allOf(Filters.eq("_id", key), Filters.eq(LEASE_OWNER, worker),
                Filters.eq(STATUS, OutboxStatus.PENDING.name()));
        var release = Updates.combine(outcome, Updates.unset(LEASE_OWNER), Updates.unset(LEASE_UNTIL));
        return outbox.update(held, release).getMatchedCount() == 1;
    }
}
