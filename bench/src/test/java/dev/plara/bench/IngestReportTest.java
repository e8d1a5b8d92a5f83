package dev.plara.bench;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IngestReportTest {

    private static final SteadyWarmup.Rule RULE = new SteadyWarmup.Rule(2_000, 2_000, 0.05, 15_000, 60);
    private static final SteadyWarmup.Outcome STEADY = new SteadyWarmup.Outcome(6_000, 40, 0.03);
    private static final SteadyWarmup.Outcome STOPPED = new SteadyWarmup.Outcome(15_000, 55, 0.20);

    @Test
    void aRatioIsFlaggedWhenThePeersWarmUpWasStoppedByAMaximum() {
        assertThat(ratioAt8(STEADY, STOPPED)).endsWith(" (not steady)").startsWith("plara/peer 0.50x");
    }

    @Test
    void aRatioIsFlaggedWhenPlarasWarmUpWasStoppedByAMaximum() {
        assertThat(ratioAt8(STOPPED, STEADY)).endsWith(" (not steady)");
    }

    @Test
    void aRatioBetweenTwoSteadyTargetsIsNotFlagged() {
        assertThat(ratioAt8(STEADY, STEADY)).doesNotContain("steady").contains("(2.00x)");
    }

    @Test
    void eachRowSaysItsGcPausesAndHowLongTheOutboxTookToDrain() {
        var pauses = new GcPauses(3, 1, 821.4, 612.4, 0);
        var plara = new IngestBenchmark.Row("plara", new LoadFigures(8, 3_000, 0, 0, 3, 1_000, 1, 2, 3),
                new ProcessMemory(0, 0), 4.0, new ProcessMemory(90_000, 100_000), 1.0, 0.1, 3.5, 0, 1.25, GcPauses.NONE, pauses);
        var plan = new IngestBenchmark.Plan(List.of(target("plara")), List.of(8), 3_000, RULE, 10, "whsec", "jwt",
                "mongodb://127.0.0.1:1", null, Path.of("ingest.json"));

        var table = new IngestReport(plan, 900, Map.of(), List.of(plara), List.of()).table();

        assertThat(table).contains("plara at 8: GC pauses in the level: its JVMs 0 pauses; its store's 3 pauses, 821 ms"
                + " in all, longest 612 ms (1 full); outbox drained in 1.3 s");
    }

    private static String ratioAt8(SteadyWarmup.Outcome plara, SteadyWarmup.Outcome peer) {
        var plan = new IngestBenchmark.Plan(List.of(target("plara"), target("peer")), List.of(8), 3_000, RULE, 10,
                "whsec", "jwt", "mongodb://127.0.0.1:1", null, Path.of("ingest.json"));
        var rows = List.of(row("plara", 500, 4.0), row("peer", 1_000, 2.0));
        var report = new IngestReport(plan, 900, Map.of("plara", plara, "peer", peer), rows, List.of());
        return report.ratios().get(8);
    }

    private static IngestTarget target(String name) {
        return new IngestTarget(name, URI.create("http://127.0.0.1:1"), 0, 0);
    }

    private static IngestBenchmark.Row row(String target, double perSecond, double cpuMillis) {
        var figures = new LoadFigures(8, 3_000, 0, 0, 3_000 / perSecond, perSecond, 1, 2, 3);
        var none = new ProcessMemory(0, 0);
        return new IngestBenchmark.Row(target, figures, none, cpuMillis, none, 0, Double.NaN, Double.NaN, -1, 0,
                GcPauses.NONE, GcPauses.NONE);
    }
}
