package dev.plara.bench;

import dev.plara.polar.webhook.WebhookSigner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ingest benchmark's warm-up: each target in turn, at concurrency 8, to a steady state ({@link SteadyWarmup}), on
 * unique deliveries (a target's n-th warm-up delivery is every other target's n-th), each noted in that target's
 * expected credits when its books are checked.
 */
final class IngestWarmup {

    private static final int CONCURRENCY = 8;

    private final OrderPaidDeliveries deliveries;
    private final WebhookSigner signer;
    private final List<Delivery> sent = new ArrayList<>();
    private final Map<String, Integer> progress = new LinkedHashMap<>();

    IngestWarmup(OrderPaidDeliveries deliveries, WebhookSigner signer) {
        this.deliveries = deliveries;
        this.signer = signer;
    }

    /** Warms every target of {@code plan} up; answers what it took, by target name. */
    Map<String, SteadyWarmup.Outcome> run(IngestBenchmark.Plan plan, Map<String, ExpectedCredits> expected)
            throws Exception {
        var outcomes = new LinkedHashMap<String, SteadyWarmup.Outcome>();
        for (var target : plan.targets()) {
            var outcome = SteadyWarmup.run(plan.warmup(), count -> batch(target, count), System::nanoTime);
            var credits = expected.get(target.name());
            if (credits != null) {
                credits.sent(sent.subList(0, outcome.deliveries()));
            }
            outcomes.put(target.name(), outcome);
        }
        return outcomes;
    }

    /** A JIT share as a percentage, or "-" when the target has no JVM. */
    static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format("%.1f%%", share * 100);
    }

    private double batch(IngestTarget target, int count) throws Exception {
        int from = progress.getOrDefault(target.name(), 0);
        while (sent.size() < from + count) {
            sent.addAll(deliveries.next(from + count - sent.size()));
        }
        var before = JitTime.of(target.pid(), target.storePid());
        var figures = IngestBenchmark.load(target, sent.subList(from, from + count), CONCURRENCY, signer);
        double share = JitTime.of(target.pid(), target.storePid()).shareSince(before);
        progress.put(target.name(), from + count);
        System.err.printf("  %s warm-up: %,d deliveries, %,.0f req/s, JIT %s (busiest JVM)%s%n", target.name(),
                from + count, figures.perSecond(), percent(share), figures.allSucceeded() ? ""
                        : String.format(", %,d not answered 2xx", figures.non2xx() + figures.failed()));
        return share;
    }
}
