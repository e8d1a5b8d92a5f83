package dev.plara.app;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The reconciliation runs a store recorded ({@code reconciliation_runs}): when each began, when it was written (its
 * id's time, to the second), and the interval slot it began in.
 */
record ReconciliationRuns(Duration interval, List<Run> runs) {

    /** One run: the slot it began in, and how long it took (to the second). */
    record Run(long slot, Instant startedAt, Duration took) {
        @Override
        public String toString() {
            return "slot " + slot + " (" + took.toSeconds() + " s)";
        }
    }

    static ReconciliationRuns read(MongoDatabase db, Duration interval) {
        var runs = new ArrayList<Run>();
        for (Document run : db.getCollection("reconciliation_runs").find().sort(Sorts.ascending("startedAt"))) {
            var startedAt = run.getDate("startedAt").toInstant();
            var written = Instant.ofEpochSecond(run.getObjectId("_id").getTimestamp());
            runs.add(new Run(startedAt.toEpochMilli() / interval.toMillis(), startedAt,
                    Duration.between(startedAt, written).isNegative() ? Duration.ZERO : Duration.between(startedAt, written)));
        }
        return new ReconciliationRuns(interval, runs);
    }

    long count() {
        return runs.size();
    }

    /** Slots that saw more than one run start, with how many did. */
    Map<Long, Long> slotsWithMoreThanOneRun() {
        return runs.stream().collect(Collectors.groupingBy(Run::slot, TreeMap::new, Collectors.counting()))
                .entrySet().stream().filter(slot -> slot.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public String toString() {
        var first = runs.isEmpty() ? 0 : runs.get(0).slot();
        return runs.stream().map(run -> new Run(run.slot() - first, run.startedAt(), run.took()).toString())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
