package dev.plara.app;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * The scheduled reconciliation runs a store holds: each finished run's record ({@code reconciliation_runs}: when it
 * began, and when it was written, from its id, to the second), the run in progress from the job's lease
 * ({@code job_leases}), and how many runs the lease was taken for (runs killed with their server leave no record).
 */
record ReconciliationRuns(Duration interval, List<Run> runs, long leaseTerms, Instant readAt) {

    /** One run, from its start to its end (or to now while it runs). */
    record Run(Instant startedAt, Instant endedAt) {
        long slot(Duration interval) {
            return startedAt.toEpochMilli() / interval.toMillis();
        }
    }

    static ReconciliationRuns read(MongoDatabase db, Duration interval) {
        var readAt = Instant.now();
        var runs = new ArrayList<Run>();
        for (Document run : db.getCollection("reconciliation_runs").find().sort(Sorts.ascending("startedAt"))) {
            var written = Instant.ofEpochSecond(run.getObjectId("_id").getTimestamp() + 1);
            runs.add(new Run(run.getDate("startedAt").toInstant(), written));
        }
        var lease = db.getCollection("job_leases").find(Filters.eq("_id", "reconciliation")).first();
        long terms = lease == null ? 0 : ((Number) lease.get("term")).longValue();
        if (lease != null && lease.getString("holder") != null) {
            runs.add(new Run(lease.getDate("startedAt").toInstant(), readAt));
        }
        return new ReconciliationRuns(interval, runs, terms, readAt);
    }

    /** Waits for the first run that began after {@code after} to be recorded, and answers its record. */
    static Document awaitRunBegunAfter(MongoDatabase db, Instant after, Duration atMost) {
        var runs = db.getCollection("reconciliation_runs");
        var begunAfter = Filters.gt("startedAt", Date.from(after));
        await("a reconciliation run begun after " + after).atMost(atMost).pollInterval(Duration.ofSeconds(1))
                .until(() -> runs.countDocuments(begunAfter) > 0);
        return runs.find(begunAfter).sort(Sorts.ascending("startedAt")).first();
    }

    /** Runs the lease was taken for that neither finished nor are running: killed with their server. */
    long killed() {
        return leaseTerms - runs.size();
    }

    /** Runs that began at or after {@code from}. */
    long runsSince(Instant from) {
        return runs.stream().filter(run -> !run.startedAt().isBefore(from)).count();
    }

    /** Slots begun from {@code from}'s slot until this was read, counting {@code from}'s own. */
    long slotsSince(Instant from) {
        return readAt.toEpochMilli() / interval.toMillis() - from.toEpochMilli() / interval.toMillis() + 1;
    }

    /** Slots that saw more than one run start, with how many did. */
    Map<Long, Long> slotsWithMoreThanOneRun() {
        return runs.stream().collect(Collectors.groupingBy(run -> run.slot(interval), TreeMap::new, Collectors.counting()))
                .entrySet().stream().filter(slot -> slot.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Whole slots after the first run in which no run began and none was running at the slot's start (give or take
     * {@code slack}, the time servers take to notice a slot began): slots a run was missing from.
     */
    List<Long> idleSlots(Duration slack) {
        var idle = new ArrayList<Long>();
        if (runs.isEmpty()) {
            return idle;
        }
        long step = interval.toMillis();
        for (long slot = runs.get(0).slot(interval) + 1; (slot + 1) * step <= readAt.toEpochMilli(); slot++) {
            var begins = Instant.ofEpochMilli(slot * step);
            long current = slot;
            boolean covered = runs.stream().anyMatch(run -> run.slot(interval) == current
                    || !run.startedAt().isAfter(begins) && !run.endedAt().plus(slack).isBefore(begins));
            if (!covered) {
                idle.add(slot);
            }
        }
        return idle;
    }

    @Override
    public String toString() {
        var first = runs.isEmpty() ? 0 : runs.get(0).slot(interval);
        return runs.stream().map(run -> "slot " + (run.slot(interval) - first) + " ("
                        + Duration.between(run.startedAt(), run.endedAt()).toSeconds() + " s)")
                .collect(Collectors.joining(", ", "[", "]")) + ", " + killed() + " killed";
    }
}
