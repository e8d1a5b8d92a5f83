package dev.plara.mongo.message;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
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
 * due keys, one update stamping them with the store's time, one read of them back, and one update per lease they were
 * seen with (usually one) taking those whose lease ran out by that time, guarded by that lease, so two workers on any
 * number of clients never hold one message at once and no worker's clock decides. Every claim writes a token of its
 * own, kept after the message is finished, so a guard on the token seen refuses a message claimed meanwhile. Keys
 * another worker holds are skipped and the next due ones tried.
 */
final class OutboxClaims {

    private static final String STORE_NOW = "checkedAt";

    private final StoreCollection outbox;

    OutboxClaims(StoreCollection outbox) {
        this.outbox = outbox;
    }

    List<OutboxDelivery> claim(Instant now, String worker, Duration lease, int limit) {
        var claimed = new ArrayList<OutboxDelivery>();
        var tried = new ArrayList<String>();
        while (claimed.size() < limit) {
            var keys = outbox.find(DocumentValues.allOf(due(now), Filters.nin("_id", tried)))
                    .sort(Sorts.ascending(NEXT_ATTEMPT_AT, "_id")).projection(Projections.include("_id"))
                    .limit(limit - claimed.size()).map(candidate -> candidate.getString("_id")).into(new ArrayList<>());
            if (keys.isEmpty()) {
                break;
            }
            tried.addAll(keys);
            take(keys, now, worker, lease).stream().sorted(Comparator.comparingInt(d -> keys.indexOf(d.getString("_id"))))
                    .map(OutboxMapper::fromDocument).forEach(claimed::add);
        }
        return claimed;
    }

    /** Stamps {@code keys}, reads them back and takes those whose lease ran out by the stamp; answers those taken. */
    private List<Document> take(List<String> keys, Instant now, String worker, Duration lease) {
        var stillDue = DocumentValues.allOf(Filters.in("_id", keys), due(now));
        outbox.updateMany(stillDue, Updates.currentDate(STORE_NOW));
        var free = outbox.find(stillDue).into(new ArrayList<>()).stream().filter(OutboxClaims::leaseRanOut).toList();
        if (free.isEmpty()) {
            return List.of();
        }
        var storeNow = free.stream().map(seen -> seen.getDate(STORE_NOW)).min(Comparator.naturalOrder()).orElseThrow();
        var token = new ObjectId().toHexString();
        var taking = Updates.combine(Updates.set(LEASE_OWNER, worker), Updates.set(LEASE_TOKEN, token),
                Updates.set(LEASE_UNTIL, DocumentValues.date(DocumentValues.instant(storeNow).plus(lease))));
        var byLease = free.stream().collect(Collectors.groupingBy(LeaseSeen::of, LinkedHashMap::new,
                Collectors.mapping(seen -> seen.getString("_id"), Collectors.toList())));
        long taken = 0;
        for (var seen : byLease.entrySet()) {
            taken += outbox.updateMany(DocumentValues.allOf(Filters.in("_id", seen.getValue()), due(now),
                    seen.getKey().unchanged()), taking).getModifiedCount();
        }
        return taken == free.size() ? free : outbox.find(DocumentValues.allOf(
                Filters.in("_id", free.stream().map(seen -> seen.getString("_id")).toList()),
                Filters.eq(LEASE_TOKEN, token))).into(new ArrayList<>());
    }

    /** Pending and due by the caller's clock (a retry time it set); whether a lease ran out is the store's to say. */
    private static Bson due(Instant now) {
        return DocumentValues.allOf(Filters.eq(STATUS, OutboxStatus.PENDING.name()),
                Filters.lte(NEXT_ATTEMPT_AT, DocumentValues.date(now)));
    }

    private static boolean leaseRanOut(Document seen) {
        var until = seen.getDate(LEASE_UNTIL);
        return until == null || !seen.getDate(STORE_NOW).before(until);
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
