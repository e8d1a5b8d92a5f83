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

/** The ingest benchmark's figures as a table with Plara's ratios to the peer and the ceiling, and as a JSON file. */
record IngestReport(IngestBenchmark.Plan plan, int bodyBytes, List<IngestBenchmark.Row> rows,
                    PlaraBooks.Check plaraBooks) {

    String table() {
        var text = new StringBuilder(String.format(
                "Webhook ingest: %,d unique Polar-signed order.paid deliveries per level (after %,d to warm up), %,d users,"
                        + " bodies of about %,d bytes, closed loop on loopback%n",
                plan.count(), plan.warmup(), plan.users(), bodyBytes));
        text.append(String.format("%-8s %5s %10s %8s %8s %8s %8s %13s %11s%s%n",
                "target", "conc", "req/s", "p50 ms", "p99 ms", "max ms", "non-2xx", "peak RSS MiB", "CPU ms/req",
                plan.storePid() == 0 ? "" : "  + store CPU ms/req"));
        for (var row : rows) {
            var f = row.figures();
            text.append(String.format("%-8s %5d %,10.0f %8.2f %8.2f %8.1f %8d %13.0f %11.2f%s%n", row.target(),
                    f.concurrency(), f.perSecond(), f.p50Millis(), f.p99Millis(), f.maxMillis(), f.non2xx() + f.failed(),
                    row.memory().peakMib(), row.cpuMillisPerRequest(), row.storeCpuMillisPerRequest() == 0 ? ""
                            : String.format("  + %.2f", row.storeCpuMillisPerRequest())));
        }
        for (var ratio : ratios().entrySet()) {
            text.append(String.format("concurrency %3d: %s%n", ratio.getKey(), ratio.getValue()));
        }
        text.append(plaraBooks.passed()
                ? String.format("Plara's books: %,d orders credited exactly once (%,d minor units), audit clean%n",
                        plaraBooks.orders(), plaraBooks.creditedMinor())
                : "Plara's books are OFF: " + plaraBooks.differences() + System.lineSeparator());
        return text.toString();
    }

    /** Per level, Plara's throughput over each other target's, such as {@code plara/peer 1.62x}. */
    Map<Integer, String> ratios() {
        var ratios = new LinkedHashMap<Integer, String>();
        for (int level : plan.levels()) {
            var plara = figures("plara", level);
            var parts = rows.stream().filter(row -> row.figures().concurrency() == level && !row.target().equals("plara"))
                    .map(row -> String.format("plara/%s %.2fx", row.target(),
                            plara.map(LoadFigures::perSecond).orElse(0.0) / row.figures().perSecond()))
                    .toList();
            ratios.put(level, String.join(", ", parts));
        }
        return ratios;
    }

    private Optional<LoadFigures> figures(String target, int level) {
        return rows.stream().filter(row -> row.target().equals(target) && row.figures().concurrency() == level)
                .map(IngestBenchmark.Row::figures).findFirst();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var json = new LinkedHashMap<String, Object>();
        json.put("count_per_level", plan.count());
        json.put("warmup", plan.warmup());
        json.put("users", plan.users());
        json.put("body_bytes", bodyBytes);
        json.put("rows", rows);
        json.put("ratios", ratios());
        json.put("plara_books", plaraBooks);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }
}
