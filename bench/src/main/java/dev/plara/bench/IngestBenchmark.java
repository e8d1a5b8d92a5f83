package dev.plara.bench;

import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.WebhookSigner;

import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * The webhook ingest benchmark: the same unique, Polar-signed {@code order.paid} deliveries sent to every target at
 * each concurrency level (after a warm-up to a steady state, {@link IngestWarmup}), then some of them again, and a
 * check that Plara and the persisting peer each credited every order exactly once.
 */
final class IngestBenchmark {

    /** How many deliveries of the last level are sent again, to see duplicates answered 2xx without effect. */
    private static final int REDELIVERED = 100;

    /**
     * What to run: the targets (one named {@code plara}; one named {@code peer} is checked through {@code peerStore}),
     * the levels, deliveries per level, and the secrets; {@code plaraStore} is Plara's store, or {@code null} when it
     * has none a client can ask how many commands it was sent.
     */
    record Plan(List<IngestTarget> targets, List<Integer> levels, int count, SteadyWarmup.Rule warmup, int users,
                String webhookSecret, String jwtSecret, String peerStore, String plaraStore, Path report) {
        Plan {
            targets = List.copyOf(targets);
            levels = List.copyOf(levels);
            Objects.requireNonNull(webhookSecret, "webhook secret");
            Objects.requireNonNull(jwtSecret, "JWT secret");
            Objects.requireNonNull(warmup, "warm-up");
            if (count < 1 || users < 1) {
                throw new IllegalArgumentException("count and users of at least 1");
            }
        }

        IngestTarget target(String name) {
            return targets.stream().filter(target -> target.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no target is named " + name));
        }
    }

    /**
     * One target at one level, with the processor time its process and its store's process used per request, the part
     * of it their JVMs' JIT compiler threads used ({@code NaN} when they have no JVM), the store's commands per request
     * ({@code NaN} when not known), the outbox messages it holds unsent as the level ends (-1 when not known), the
     * seconds the level waited for them to be sent (in the figures' time), and the GC pauses of the target's JVMs and of
     * its store's inside the level.
     */
    record Row(String target, LoadFigures figures, ProcessMemory memory, double cpuMillisPerRequest,
               ProcessMemory storeMemory, double storeCpuMillisPerRequest, double jitMillisPerRequest,
               double storeCommandsPerRequest, long outboxUnsent, double drainSeconds, GcPauses gc,
               GcPauses storeGc) {
    }

    private IngestBenchmark() {
    }

    /** Runs the plan, prints the table and writes the report; false when a target failed or some books are off. */
    static boolean run(Plan plan) throws Exception {
        var deliveries = new OrderPaidDeliveries(CapturedOrderPaid.capture(), plan.users(), 20261201L);
        var signer = new WebhookSigner(plan.webhookSecret(), KeyDerivation.LEGACY);
        var expected = new LinkedHashMap<String, ExpectedCredits>();
        var stores = new LinkedHashMap<String, StoreCommands>();
        try (var peerBooks = new PeerBooks(plan.peerStore(), "plara_peer", plan.users())) {
            stores.put("peer", new StoreCommands(plan.peerStore()));
            if (plan.plaraStore() != null) {
                stores.put("plara", new StoreCommands(plan.plaraStore()));
            }
            var books = new LinkedHashMap<String, Books>();
            books.put("plara", new PlaraBooks(new PlaraApi(plan.target("plara").url(), plan.jwtSecret()), plan.users()));
            books.put("peer", peerBooks);
            books.values().forEach(Books::introduceUsers);
            books.keySet().forEach(name -> expected.put(name, new ExpectedCredits()));
            var warmups = new IngestWarmup(deliveries, signer).run(plan, expected);
            var gcLogs = plan.report().toAbsolutePath().resolveSibling("gc");
            var levels = new LinkedHashMap<IngestTarget, IngestLevel>();
            plan.targets().forEach(target -> levels.put(target, new IngestLevel(target, stores.get(target.name()),
                    gcLogs)));
            var rows = new ArrayList<Row>();
            List<Delivery> batch = List.of();
            for (int level : plan.levels()) {
                batch = deliveries.next(plan.count());
                for (var credits : expected.values()) {
                    credits.sent(batch);
                }
                for (var target : levels.values()) {
                    rows.add(target.measure(batch, level, signer));
                }
            }
            var again = batch.subList(0, Math.min(REDELIVERED, batch.size()));
            var checks = IngestChecks.run(plan, books, expected, again, signer);
            var report = new IngestReport(plan, batch.get(0).body().length, warmups, rows, checks);
            System.out.println(report.table());
            report.write(plan.report());
            return checks.stream().allMatch(Books.Check::passed)
                    && rows.stream().allMatch(row -> row.figures().allSucceeded());
        } finally {
            stores.values().forEach(StoreCommands::close);
        }
    }

    /**
     * Sends {@code batch} to {@code target} at {@code concurrency}, each delivery signed as it goes, as Polar signs each
     * attempt: signed all at once, the deliveries of a batch that takes minutes (a warm-up on a loaded machine) carried
     * timestamps past the verifier's 5-minute tolerance and were refused.
     */
    static LoadFigures load(IngestTarget target, List<Delivery> batch, int concurrency, WebhookSigner signer)
            throws Exception {
        var requests = new AbstractList<byte[]>() {
            @Override
            public byte[] get(int index) {
                return batch.get(index).sign(signer, Instant.now().getEpochSecond()).request(target.host());
            }

            @Override
            public int size() {
                return batch.size();
            }
        };
        return ClosedLoopLoad.run(target.address(), requests, concurrency);
    }
}
