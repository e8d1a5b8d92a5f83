package dev.plara.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The round trips of each operation as a table: each trip named, whether it is a durable write and what its answer
 * said, the totals, and what they cost on a replica set. Of an operation's runs, the sequence most of them gave counts
 * (a run the scheduled jobs' traffic overlapped gives another), and the table says how many agreed.
 */
final class TripTable {

    /** Assumed for the estimate: one network round trip inside a region, and a write waiting for a majority. */
    static final double READ_MS = 1.0;
    static final double MAJORITY_WRITE_MS = 4.0;

    private record Row(String operation, List<RoundTrip> trips, int agreeing, int runs) {
        long writes() {
            return trips.stream().filter(RoundTrip::durableWrite).count();
        }

        long reads() {
            return trips.stream().filter(trip -> !trip.write()).count();
        }

        long idle() {
            return trips.stream().filter(RoundTrip::changedNothing).count();
        }

        double replicaSetMillis() {
            return (trips.size() - writes()) * READ_MS + writes() * MAJORITY_WRITE_MS;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String operation, List<List<RoundTrip>> runs) {
        var bySequence = new LinkedHashMap<List<String>, List<List<RoundTrip>>>();
        for (var run : runs) {
            bySequence.computeIfAbsent(run.stream().map(RoundTrip::name).toList(), names -> new ArrayList<>()).add(run);
        }
        var most = bySequence.values().stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
        rows.add(new Row(operation, most.get(0), most.size(), runs.size()));
        bySequence.forEach((names, alike) -> {
            if (alike != most) {
                System.err.println(operation + ": " + alike.size() + " run(s) differed, with " + names);
            }
        });
    }

    String render() {
        var out = new StringBuilder();
        out.append("| operation | round trips | durable writes | writes changing nothing | w:1 writes | reads"
                + " | on a replica set (est.) | runs alike |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (var row : rows) {
            out.append("| ").append(row.operation()).append(" | ").append(row.trips().size()).append(" | ")
                    .append(row.writes()).append(" | ").append(row.idle()).append(" | ")
                    .append(row.trips().size() - row.writes() - row.reads()).append(" | ").append(row.reads())
                    .append(" | ")
                    .append(String.format("%.0f ms", row.replicaSetMillis())).append(" | ")
                    .append(row.agreeing()).append(" of ").append(row.runs()).append(" |\n");
        }
        out.append(String.format("%nEstimate: %.0f ms a read (one network round trip), %.0f ms a durable write"
                + " (w:majority: the round trip plus replication to a majority and its journal), %.0f ms a w:1 write.%n", READ_MS,
                MAJORITY_WRITE_MS, READ_MS));
        for (var row : rows) {
            out.append("\n").append(row.operation()).append(":\n\n| # | round trip | durable write | answer |\n")
                    .append("| ---: | --- | --- | --- |\n");
            int n = 1;
            for (var trip : row.trips()) {
                out.append("| ").append(n++).append(" | `").append(trip.name()).append("` | ")
                        .append(trip.durableWrite() ? "yes" : trip.write() ? trip.writeConcern() + " (primary only)" : "").append(" | ").append(trip.outcome())
                        .append(trip.changedNothing() ? " (changed nothing)" : "").append(" |\n");
            }
        }
        return out.toString();
    }
}
