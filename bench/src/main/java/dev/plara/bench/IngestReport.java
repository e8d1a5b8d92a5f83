package dev.plara.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ingest benchmark's figures as a table with Plara's ratios to every other target, and as a JSON file; "unsent" is
 * how many outbox messages Plara's store held unsent as Plara's turn at a level ended (its dispatcher's backlog), after
 * waiting for it to drain (that wait is in the level's time, so in its throughput); then per row the GC pauses of the
 * target's JVMs and its store's inside the level.
 */
record IngestReport(IngestBenchmark.Plan plan, int bodyBytes, Map<String, SteadyWarmup.Outcome> warmups,
                    List<IngestBenchmark.Row> rows, List<Books.Check> books) {

    String table() {
        var text = new StringBuilder(String.format(
                "Webhook ingest: %,d unique Polar-signed order.paid deliveries per level, %,d users, bodies of about %,d"
                        + " bytes, closed loop on loopback%n", plan.count(), plan.users(), bodyBytes));
        for (var warmup : warmups.entrySet()) {
            var outcome = warmup.getValue();
            text.append(String.format("warm-up of %s: %,d deliveries at concurrency 8 in %.0f s, JIT %s of its busiest"
                    + " JVM's processor time over the last batch%s%n", warmup.getKey(), outcome.deliveries(),
                    outcome.seconds(), IngestWarmup.percent(outcome.lastShare()),
                    outcome.steady(plan.warmup()) ? "" : " (NOT STEADY: the warm-up's time or deliveries maximum was reached)"));
        }
        text.append(String.format("%-8s %5s %8s %8s %8s %8s %7s %9s %10s %10s %10s %9s %10s %8s%n", "target", "conc",
                "req/s", "p50 ms", "p99 ms", "max ms", "non-2xx", "peak MiB", "CPU ms/req", "store CPU", "JIT ms/req",
                "store MiB", "store cmds", "unsent"));
        for (var row : rows) {
            var f = row.figures();
            text.append(String.format("%-8s %5d %,8.0f %8.2f %8.2f %8.1f %7d %9.0f %10.2f %10s %10s %9s %10s %8s%n",
                    row.target(), f.concurrency(), f.perSecond(), f.p50Millis(), f.p99Millis(), f.maxMillis(),
                    f.non2xx() + f.failed(), row.memory().peakMib(), row.cpuMillisPerRequest(),
                    row.storeMemory().peakMib() == 0 ? "-" : String.format("%.2f", row.storeCpuMillisPerRequest()),
                    Double.isNaN(row.jitMillisPerRequest()) ? "-" : String.format("%.2f", row.jitMillisPerRequest()),
                    row.storeMemory().peakMib() == 0 ? "-" : String.format("%.0f", row.storeMemory().peakMib()),
                    Double.isNaN(row.storeCommandsPerRequest()) ? "-"
                            : String.format("%.2f", row.storeCommandsPerRequest()),
                    row.outboxUnsent() < 0 ? "-" : String.format("%,d", row.outboxUnsent())));
        }
        rows.forEach(row -> text.append(pausesAndDrain(row)));
        for (var ratio : ratios().entrySet()) {
            text.append(String.format("concurrency %3d: %s%n", ratio.getKey(), ratio.getValue()));
        }
        for (var check : books) {
            text.append(check.passed()
                    ? String.format("%s's books: %,d orders credited exactly once (%,d minor units), redeliveries"
                            + " changed nothing%n", check.target(), check.orders(), check.creditedMinor())
                    : check.target() + "'s books are OFF: " + check.differences() + System.lineSeparator());
        }
        return text.toString();
    }

    /** Whether GC made a row's tail, and how long its outbox took to be sent after the last answer (when known). */
    private static String pausesAndDrain(IngestBenchmark.Row row) {
        var drain = row.outboxUnsent() < 0 ? "" : row.outboxUnsent() == 0
                ? String.format("; outbox drained in %.1f s", row.drainSeconds())
                : String.format("; outbox NOT drained: %,d unsent after %.0f s", row.outboxUnsent(), row.drainSeconds());
        return String.format("%s at %d: GC pauses in the level: its JVMs %s%s%s%n", row.target(),
                row.figures().concurrency(), row.gc().text(),
                row.storeMemory().peakMib() == 0 ? "" : "; its store's " + row.storeGc().text(), drain);
    }

    /**
     * Per level, Plara's throughput over each other target's ({@code plara/peer 1.62x}), its processor time per
     * delivery with its store's over the peer's with its store's, and both stores' commands per delivery when known;
     * each comparison flagged "(not steady)" when either side's warm-up was stopped by a maximum.
     */
    Map<Integer, String> ratios() {
        var ratios = new LinkedHashMap<Integer, String>();
        for (int level : plan.levels()) {
            var plara = row("plara", level);
            var parts = rows.stream().filter(row -> row.figures().concurrency() == level && !row.target().equals("plara"))
                    .map(row -> String.format("plara/%s %.2fx%s", row.target(),
                            plara.map(r -> r.figures().perSecond()).orElse(0.0) / row.figures().perSecond(),
                            notSteady(row.target())))
                    .toList();
            var cpu = row("peer", level).flatMap(peer -> plara.map(ours -> String.format(
                    "; CPU per delivery with its store plara %.2f ms, peer %.2f ms (%.2fx)", cpuWithStore(ours),
                    cpuWithStore(peer), cpuWithStore(ours) / cpuWithStore(peer))
                    + (Double.isNaN(ours.storeCommandsPerRequest()) ? "" : String.format(
                    "; store commands per delivery plara %.2f, peer %.2f", ours.storeCommandsPerRequest(),
                    peer.storeCommandsPerRequest())) + notSteady("peer"))).orElse("");
            ratios.put(level, String.join(", ", parts) + cpu);
        }
        return ratios;
    }

    /** " (not steady)" when Plara's warm-up or {@code other}'s was stopped by a maximum, so the ratio compares unequal
     * JIT states; otherwise nothing. */
    private String notSteady(String other) {
        return Stream.of("plara", other).map(warmups::get)
                .anyMatch(outcome -> outcome != null && !outcome.steady(plan.warmup())) ? " (not steady)" : "";
    }

    private static double cpuWithStore(IngestBenchmark.Row row) {
        return row.cpuMillisPerRequest() + row.storeCpuMillisPerRequest();
    }

    private Optional<IngestBenchmark.Row> row(String target, int level) {
        return rows.stream().filter(row -> row.target().equals(target) && row.figures().concurrency() == level)
                .findFirst();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var json = new LinkedHashMap<String, Object>();
        json.put("count_per_level", plan.count());
        json.put("warmup_rule", plan.warmup());
        json.put("warmups", warmups);
        json.put("users", plan.users());
        json.put("body_bytes", bodyBytes);
        json.put("rows", rows);
        json.put("ratios", ratios());
        json.put("books", books);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }
}
