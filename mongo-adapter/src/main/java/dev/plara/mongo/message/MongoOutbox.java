package dev.plara.mongo.message;

import com.mongodb.client.model.Filters;
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
import org.bson.conversions.Bson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static dev.plara.mongo.message.OutboxMapper.LEASE_OWNER;
import static dev.plara.mongo.message.OutboxMapper.LEASE_TOKEN;
import static dev.plara.mongo.message.OutboxMapper.LEASE_UNTIL;
import static dev.plara.mongo.message.OutboxMapper.NEXT_ATTEMPT_AT;
import static dev.plara.mongo.message.OutboxMapper.STATUS;

/**
 * The outbox in {@code outbox}, one document per key. Messages are claimed in batches leased by the store's clock
 * ({@link OutboxClaims}); finishing is guarded by the lease owner, the sent ones of a batch in one update.
 */
public final class MongoOutbox implements Outbox {

    private final StoreCollection outbox;
    private final OutboxClaims claims;

    public MongoOutbox(StoreCollection outbox) {
        this.outbox = outbox;
        this.claims = new OutboxClaims(outbox);
    }

    @Override
    public void enqueue(OutboxMessage message) {
        outbox.insertIfAbsent(OutboxMapper.newDocument(message));
    }

    @Override
    public List<OutboxDelivery> claimDue(Instant now, String worker, Duration lease, int limit) {
        return claims.claim(now, worker, lease, limit);
    }

    /** Sent for good, it keeps no lease token either: no claim looks at a sent message again. */
    @Override
    public boolean markSent(String key, String worker) {
        return finish(Filters.eq("_id", key), worker, List.of(Updates.set(STATUS, OutboxStatus.SENT.name()),
                Updates.unset(LEASE_TOKEN))) == 1;
    }

    @Override
    public boolean markFailed(String key, String worker, String error, Instant nextAttemptAt, boolean giveUp) {
        return finish(Filters.eq("_id", key), worker, List.of(Updates.inc("attempts", 1),
                Updates.set("lastError", error), Updates.set(NEXT_ATTEMPT_AT, DocumentValues.date(nextAttemptAt)),
                Updates.set(STATUS, (giveUp ? OutboxStatus.DEAD : OutboxStatus.PENDING).name()))) == 1;
    }

    @Override
    public int release(Collection<String> keys, String worker) {
        return finish(Filters.in("_id", keys), worker, List.of());
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

    /** Applies {@code outcome} to the messages {@code worker} holds among {@code which}, ending their leases. */
    private int finish(Bson which, String worker, List<Bson> outcome) {
        var held = DocumentValues.allOf(which, Filters.eq(LEASE_OWNER, worker),
                Filters.eq(STATUS, OutboxStatus.PENDING.name()));
        var ending = new ArrayList<>(outcome);
        ending.add(Updates.unset(LEASE_OWNER));
        ending.add(Updates.unset(LEASE_UNTIL));
        return (int) outbox.updateMany(held, Updates.combine(ending)).getMatchedCount();
    }
}
