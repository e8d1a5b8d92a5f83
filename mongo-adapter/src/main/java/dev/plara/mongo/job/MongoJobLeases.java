package dev.plara.mongo.job;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Field;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.job.JobLease;
import dev.plara.wallet.core.port.out.JobLeases;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Job leases in {@code job_leases}, one document per job: its term, holder, when its lease runs out and when its next
 * run is due. Every instant is the store's: a check reads the document together with the store's time ({@code $$NOW}
 * in an aggregation, MongoDB 4.2 and later), and the next write is computed from that time and guarded by the term
 * and lease end read with it (a compare-and-set), so no instance's clock is ever compared with another's. A time read
 * before the write only makes an instance wait longer. That read goes to the primary whatever the connection string's
 * read preference, and a take also needs the lease, as it is when the take is written, to have run out by that time (a
 * renewal keeps the term): a view from before a renewal (a lagging secondary, a primary just deposed) shows a lease as
 * run out that is not. A check that finds its job not due writes nothing: servers check each job a few times per
 * interval, forever, and a write per check kept an idle store forcing its journal.
 */
public final class MongoJobLeases implements JobLeases {

    private static final String TERM = "term";
    private static final String HOLDER = "holder";
    private static final String LEASE_UNTIL = "leaseUntil";
    private static final String NEXT_DUE_AT = "nextDueAt";
    /** The store's time beside a document read; also the field where earlier versions stamped it, unset by a take. */
    private static final String STORE_NOW = "checkedAt";

    private final StoreCollection leases;
    private final MongoCollection<Document> primary;

    /** Leases written through {@code leases} and read from {@code primary}, the same collection on the primary. */
    public MongoJobLeases(StoreCollection leases, MongoCollection<Document> primary) {
        this.leases = leases;
        this.primary = primary;
    }

    @Override
    public Optional<JobLease> acquire(String job, String holder, Duration interval, Duration lease) {
        var seen = withStoreTime(Filters.eq("_id", job));
        if (seen == null) {
            leases.insertIfAbsent(new Document("_id", job).append(TERM, 0L)
                    .append(LEASE_UNTIL, new Date(0)).append(NEXT_DUE_AT, new Date(0)));
            seen = withStoreTime(Filters.eq("_id", job));
        }
        var now = DocumentValues.instant(seen.getDate(STORE_NOW));
        if (now.isBefore(instant(seen, NEXT_DUE_AT)) || now.isBefore(instant(seen, LEASE_UNTIL))) {
            return Optional.empty();
        }
        long term = DocumentValues.longValue(seen, TERM);
        var due = instant(seen, NEXT_DUE_AT);
        var taken = leases.update(DocumentValues.allOf(Filters.eq("_id", job), Filters.eq(TERM, term),
                        Filters.lte(LEASE_UNTIL, DocumentValues.date(now))),
                Updates.combine(Updates.set(TERM, term + 1), Updates.set(HOLDER, holder),
                        Updates.set("startedAt", DocumentValues.date(now)),
                        Updates.set(LEASE_UNTIL, DocumentValues.date(now.plus(lease))),
                        Updates.set(NEXT_DUE_AT, DocumentValues.date(nextSlot(due, now, interval))),
                        Updates.unset(STORE_NOW)));
        return taken.getModifiedCount() == 1 ? Optional.of(new JobLease(job, holder, term + 1)) : Optional.empty();
    }

    @Override
    public boolean renew(JobLease held, Duration lease) {
        var seen = withStoreTime(heldBy(held));
        if (seen == null) {
            return false;
        }
        var until = DocumentValues.instant(seen.getDate(STORE_NOW)).plus(lease);
        return leases.update(heldBy(held), Updates.set(LEASE_UNTIL, DocumentValues.date(until))).getModifiedCount() == 1;
    }

    @Override
    public void release(JobLease held) {
        leases.update(heldBy(held), Updates.combine(Updates.currentDate(LEASE_UNTIL), Updates.currentDate("finishedAt"),
                Updates.unset(HOLDER)));
    }

    @Override
    public long runs(String job) {
        var document = leases.byId(job);
        return document == null ? 0 : DocumentValues.longValue(document, TERM);
    }

    /**
     * The first slot boundary after {@code now} on the job's grid of intervals from {@code due}: runs keep to their slots
     * however late in its slot a run starts, and a job left unrun for many slots runs once, not once per slot missed.
     */
    private static Instant nextSlot(Instant due, Instant now, Duration interval) {
        long step = interval.toMillis();
        long slots = (now.toEpochMilli() - due.toEpochMilli()) / step + 1;
        return due.plusMillis(Math.multiplyExact(slots, step));
    }

    /** The document matching {@code filter} with the store's time in {@link #STORE_NOW}, or null when none does. */
    private Document withStoreTime(Bson filter) {
        return primary.aggregate(List.of(Aggregates.match(filter), Aggregates.limit(1),
                Aggregates.addFields(new Field<>(STORE_NOW, "$$NOW")))).first();
    }

    private static Bson heldBy(JobLease held) {
        return DocumentValues.allOf(Filters.eq("_id", held.job()), Filters.eq(TERM, held.term()),
                Filters.eq(HOLDER, held.holder()));
    }

    private static Instant instant(Document document, String field) {
        return DocumentValues.instant(document.getDate(field));
    }
}
