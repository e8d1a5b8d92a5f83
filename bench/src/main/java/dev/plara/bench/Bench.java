package dev.plara.bench;

import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.WebhookSigner;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark tool's entry point, as the bench scripts run it: {@code java -jar plara-bench.jar <command> [--name
 * value ...]} with the commands {@code ingest}, {@code ceiling}, {@code payloads}, {@code contention}, {@code trips} and
 * {@code audit}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        var command = args.length == 0 ? "help" : args[0];
        var options = new Options(Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
        boolean passed = switch (command) {
            case "ingest" -> IngestBenchmark.run(new IngestBenchmark.Plan(
                    options.list("targets").stream().map(IngestTarget::parse).toList(),
                    options.list("levels").stream().map(Integer::valueOf).toList(),
                    options.number("count", 5_000), warmupRule(options), options.number("users", 1_000),
                    options.text("webhook-secret"), options.text("jwt-secret"), options.text("peer-store"),
                    options.text("plara-store", null), Path.of(options.text("report", "bench/out/ingest.json"))));
            case "payloads" -> writePayloads(options);
            case "contention" -> contention(options);
            case "trips" -> TripsBenchmark.command(options);
            case "audit" -> AuditBenchmark.command(options);
            case "ceiling" -> {
                CeilingServer.serve(options.number("port", 0));
                yield true;
            }
            default -> {
                System.err.println("usage: java -jar plara-bench.jar ingest|ceiling|payloads|contention|trips|audit [--name value ...]"
                        + " (the bench/*.sh scripts show every option)");
                yield false;
            }
        };
        if (!passed) {
            System.exit(1);
        }
    }

    /** The ingest warm-up: at least --warmup deliveries, then batches until the JIT is (nearly) idle in every JVM or the time is up. */
    private static SteadyWarmup.Rule warmupRule(Options options) {
        return new SteadyWarmup.Rule(options.number("warmup", 2_000), options.number("warmup-batch", 2_000),
                options.number("warmup-jit-percent", 5) / 100.0, options.number("warmup-max", 15_000),
                options.number("warmup-max-seconds", 60));
    }

    /** Signed deliveries, signed now, for the verifier benchmarks (JMH and the npm library's). */
    private static boolean writePayloads(Options options) throws Exception {
        var deliveries = new OrderPaidDeliveries(CapturedOrderPaid.capture(), options.number("users", 1_000), 7L)
                .next(options.number("count", 1_000));
        var signer = new WebhookSigner(options.text("webhook-secret"), KeyDerivation.LEGACY);
        long now = Instant.now().getEpochSecond();
        var file = Path.of(options.text("out"));
        PayloadFile.write(file, deliveries.stream().map(delivery -> delivery.sign(signer, now)).toList());
        System.out.println("wrote " + deliveries.size() + " signed order.paid deliveries to " + file);
        return true;
    }

    private static boolean contention(Options options) throws Exception {
        int threads = options.number("threads", 16);
        var scenarios = List.of(
                new ContentionBenchmark.Scenario("one wallet", 1, options.number("one-wallet-items", 4_000)),
                new ContentionBenchmark.Scenario("many wallets", options.number("wallets", 200),
                        options.number("items-per-wallet", 40)));
        try (var embedded = new EmbeddedCore(options.text("mongodb-uri"))) {
            var benchmark = new ContentionBenchmark(embedded);
            benchmark.run(new ContentionBenchmark.Scenario("warm up", 20, 50), threads);
            var results = new ArrayList<ContentionBenchmark.Result>();
            for (var scenario : scenarios) {
                results.add(benchmark.run(scenario, threads));
            }
            System.out.println(ContentionBenchmark.table(results));
            return results.stream().allMatch(ContentionBenchmark.Result::passed);
        }
    }
}
