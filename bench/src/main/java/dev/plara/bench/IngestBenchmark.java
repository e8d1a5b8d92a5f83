package dev.plara.bench;

import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.WebhookSigner;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The webhook ingest benchmark: the same unique, Polar-signed {@code order.paid} deliveries sent to every target at
 * each concurrency level (after one warm-up batch each), then a check that Plara credited each exactly once.
 */
final class IngestBenchmark {

    /** What to run: the targets (one named {@code plara}), the levels, deliveries per level, and the secrets. */
    record Plan(List<IngestTarget> targets, List<Integer> levels, int count, int warmup, int users, String webhookSecret,
                String jwtSecret, long storePid, Path report) {
        Plan {
            targets = List.copyOf(targets);
            levels = List.copyOf(levels);
            Objects.requireNonNull(webhookSecret, "webhook secret");
            Objects.requireNonNull(jwtSecret, "JWT secret");
            if (count < 1 || warmup < 0 || users < 1) {
                throw new IllegalArgumentException("count and users of at least 1, warm-up of at least 0");
            }
        }

        IngestTarget plara() {
            return targets.stream().filter(target -> target.name().equals("plara")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no target is named plara"));
        }
    }

    /**
     * One target at one level, with the processor time its process used per request (and, for Plara on a store in a
     * process of its own, the store's; otherwise 0).
     */
    record Row(String target, LoadFigures figures, ProcessMemory memory, double cpuMillisPerRequest,
               double storeCpuMillisPerRequest) {
    }

    private IngestBenchmark() {
    }

    /** Runs the plan, prints the table and writes the report; false when a target failed or Plara's books are off. */
    static boolean run(Plan plan) throws Exception {
        var deliveries = new OrderPaidDeliveries(CapturedOrderPaid.capture(), plan.users(), 20261201L);
        var signer = new WebhookSigner(plan.webhookSecret(), KeyDerivation.LEGACY);
        var books = new PlaraBooks(new PlaraApi(plan.plara().url(), plan.jwtSecret()), plan.users());
        books.introduceUsers();
        var warmup = deliveries.next(plan.warmup());
        books.sent(warmup);
        for (var target : plan.targets()) {
            if (!warmup.isEmpty()) {
                load(target, warmup, 8, signer);
            }
        }
        var rows = new ArrayList<Row>();
        int bodyBytes = 0;
        for (int level : plan.levels()) {
            var batch = deliveries.next(plan.count());
            books.sent(batch);
            bodyBytes = batch.get(0).body().length;
            for (var target : plan.targets()) {
                rows.add(measure(plan, target, batch, level, signer));
            }
        }
        var check = books.check();
        var report = new IngestReport(plan, bodyBytes, rows, check);
        System.out.println(report.table());
        report.write(plan.report());
        return check.passed() && rows.stream().allMatch(row -> row.figures().allSucceeded());
    }

    /** One level on one target, with the processor time its process (and Plara's separate store) used meanwhile. */
    private static Row measure(Plan plan, IngestTarget target, List<Delivery> batch, int level, WebhookSigner signer)
            throws Exception {
        long storePid = target == plan.plara() ? plan.storePid() : 0;
        double cpuBefore = ProcessCpu.seconds(target.pid());
        double storeBefore = ProcessCpu.seconds(storePid);
        var figures = load(target, batch, level, signer);
        return new Row(target.name(), figures, target.memory(),
                (ProcessCpu.seconds(target.pid()) - cpuBefore) * 1000 / batch.size(),
                (ProcessCpu.seconds(storePid) - storeBefore) * 1000 / batch.size());
    }

    /** Signs {@code batch} now (outside the timing) and sends it to {@code target} at {@code concurrency}. */
    private static LoadFigures load(IngestTarget target, List<Delivery> batch, int concurrency, WebhookSigner signer)
            throws Exception {
        long now = Instant.now().getEpochSecond();
        var requests = batch.stream().map(delivery -> delivery.sign(signer, now).request(target.host())).toList();
        return ClosedLoopLoad.run(target.address(), requests, concurrency);
    }
}
