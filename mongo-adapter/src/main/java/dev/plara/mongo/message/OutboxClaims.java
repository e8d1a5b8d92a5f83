package dev.plara.mongo.message;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.notification.OutboxDelivery;
import dev.plara.wallet.core.domain.notification.OutboxStatus;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import static dev.plara.mongo.message.OutboxMapper.LEASE_OWNER;
import static dev.plara.mongo.message.OutboxMapper.LEASE_TOKEN;
import static dev.plara.mongo.message.OutboxMapper.LEASE_UNTIL;
import static dev.plara.mongo.message.OutboxMapper.NEXT_ATTEMPT_AT;
import static dev.plara.mongo.message.OutboxMapper.STATUS;

/**
 * Claims due messages of the outbox in batches, for a few commands per batch whatever its size: a query for the oldest
 * due messages, a stamp of the store's time on one of them, and one update per lease they were seen with (usually one)
 * taking those whose lease ran out by that time, guarded by that lease, so two workers on any number of clients never
 * hold one message at once and no worker's clock decides. A lease seen ending by a time the store told before the take
 * has run out at the take too. Every claim writes a token of its own, kept when the message is released or failed, so
 * a guard on the token seen refuses a message claimed meanwhile; a sent message loses it, never being claimed again
 * (the take requires a pending one). Messages another worker holds are skipped and the next due ones tried.
 */
final class OutboxClaims {

    private static final String STORE_NOW = "checkedAt";
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    private final StoreCollection outbox;

    OutboxClaims(StoreCollection outbox) {
        this.outbox = outbox;
    }

    List<OutboxDelivery> claim(Instant now, String worker, Duration lease, int limit) {
        var claimed = new ArrayList<OutboxDelivery>();
        var tried = new ArrayList<String>();
        while (claimed.size() < limit) {
            var found = outbox.find(DocumentValues.allOf(due(now), Filters.nin("_id", tried)))
                    .sort(Sorts.ascending(NEXT_ATTEMPT_AT, "_id")).limit(limit - claimed.size()).into(new ArrayList<>());
            if (found.isEmpty()) {
                break;
            }
            var keys = found.stream().map(OutboxClaims::key).toList();
            tried.addAll(keys);
            take(found, now, worker, lease).stream().sorted(Comparator.comparingInt(taken -> keys.indexOf(key(taken))))
                    .map(OutboxMapper::fromDocument).forEach(claimed::add);
        }
        return claimed;
    }

    /** Takes those of {@code found} whose lease ran out by the store's time, read now; answers those taken. */
    private List<Document> take(List<Document> found, Instant now, String worker, Duration lease) {
        var stamped = outbox.findAndUpdate(Filters.eq("_id", key(found.get(0))), Updates.currentDate(STORE_NOW), AFTER);
        if (stamped == null) {
            return List.of();
        }
        var storeNow = stamped.getDate(STORE_NOW);
        var free = found.stream().filter(seen -> seen.getDate(LEASE_UNTIL) == null
                || !storeNow.before(seen.getDate(LEASE_UNTIL))).toList();
        if (free.isEmpty()) {
            return List.of();
        }
        var token = new ObjectId().toHexString();
        var taking = Updates.combine(Updates.set(LEASE_OWNER, worker), Updates.set(LEASE_TOKEN, token),
                Updates.set(LEASE_UNTIL, DocumentValues.date(DocumentValues.instant(storeNow).plus(lease))));
        var byLease = free.stream().collect(Collectors.groupingBy(LeaseSeen::of, LinkedHashMap::new,
                Collectors.mapping(OutboxClaims::key, Collectors.toList())));
        long taken = 0;
        for (var seen : byLease.entrySet()) {
            taken += outbox.updateMany(DocumentValues.allOf(Filters.in("_id", seen.getValue()), due(now),
                    seen.getKey().unchanged()), taking).getModifiedCount();
        }
        return taken == free.size() ? free : outbox.find(DocumentValues.allOf(
                Filters.in("_id", free.stream().map(OutboxClaims::key).toList()), Filters.eq(LEASE_TOKEN, token)))
                .into(new ArrayList<>());
    }

    private static String key(Document message) {
        return message.getString("_id");
    }

    /** Pending and due by the caller's clock (a retry time it set); whether a lease ran out is the store's to say. */
    private static Bson due(Instant now) {
        return DocumentValues.allOf(Filters.eq(STATUS, OutboxStatus.PENDING.name()),
                Filters.lte(NEXT_ATTEMPT_AT, DocumentValues.date(now)));
    }

    /** The lease a message was seen with: the token of the claim that last took it and its end, each maybe none. */
    private record LeaseSeen(String token, Date until) {

        static LeaseSeen of(Document seen) {
            return new LeaseSeen(seen.getString(LEASE_TOKEN), seen.getDate(LEASE_UNTIL));
        }

        Bson unchanged() {
            return DocumentValues.allOf(token == null ? Filters.exists(LEASE_TOKEN, false) : Filters.eq(LEASE_TOKEN, token),
                    until == null ? Filters.exists(LEASE_UNTIL, false) : Filters.eq(LEASE_UNTIL, until));
        }
    }
}
