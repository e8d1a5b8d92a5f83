package dev.plara.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the MongoDB round trips and durable writes of each money movement made through the real server: Plara (the
 * README's command, demo mode) is pointed at its store through a {@link WireTap}, each operation is made {@code runs}
 * times for new users (a card credit twice: a wallet's first entry and a later one), and the trips recorded while it
 * ran are kept. The scheduled jobs (outbox, inbox replay, sweep)
 * share the wire, so each operation starts just after one of their ticks, and the sequence most runs gave is reported.
 */
final class TripsBenchmark {

    /** What to run: the server's jar, its store (a MongoDB URI), how often each operation is made, the secrets. */
    record Plan(Path plaraJar, URI store, int runs, String webhookSecret, String jwtSecret, Path workDir) {
    }

    /**
     * An operation starts once the jobs' next tick (the outbox's comes every second) has passed and the wire has been
     * still this long after it, so that the next tick is as far off as it can be.
     */
    private static final long QUIET_MILLIS = 50;
    private static final long TICK_WITHIN_MILLIS = 1_500;

    private TripsBenchmark() {
    }

    /** Runs the plan and prints the tables (an answer other than the one expected ends it with an exception). */
    static boolean run(Plan plan) throws Exception {
        var captured = CapturedOrderPaid.capture();
        try (var tap = new WireTap(new InetSocketAddress(plan.store().getHost(), plan.store().getPort()));
             var plara = PlaraProcess.start(plan.plaraJar(), plan.workDir(), Map.of(
                     "MONGODB_URI", tap.connectionString(), "MONGODB_DATABASE", "trips",
                     "POLAR_WEBHOOK_SECRET", plan.webhookSecret(), "PLARA_JWT_SECRET", plan.jwtSecret(),
                     "PLARA_BANK_ACCOUNT_USD", "Bench Bank | Plara Trips | 1000123456"))) {
            var operations = new TripOperations(new PlaraApi(plara.url(), plan.jwtSecret()), captured,
                    plan.webhookSecret());
            var seen = new LinkedHashMap<String, List<List<RoundTrip>>>();
            for (int run = 0; run < plan.runs(); run++) {
                var user = "trips-user-" + run;
                operations.signIn(user);
                var checkout = new String[1];
                var deposit = new String[1];
                checkout[0] = operations.openTopUp(user);
                measure(tap, seen, "card credit (order.paid)", () -> operations.deliverOrderPaid(user, checkout[0]));
                measure(tap, seen, "content purchase", () -> operations.purchase(user));
                measure(tap, seen, "bank deposit submitted",
                        () -> deposit[0] = operations.submitBankDeposit(user, "TRIPS-" + System.nanoTime()));
                measure(tap, seen, "bank approval", () -> operations.approve(deposit[0]));
                checkout[0] = operations.openTopUp(user);
                measure(tap, seen, "card credit, same wallet again",
                        () -> operations.deliverOrderPaid(user, checkout[0]));
            }
            var table = new TripTable();
            seen.forEach((operation, traces) -> table.add(operation, traces));
            System.out.println(table.render());
            return true;
        }
    }

    private static void measure(WireTap tap, Map<String, List<List<RoundTrip>>> seen, String operation,
                                Runnable action) throws InterruptedException {
        tap.awaitAfterBurst(TICK_WITHIN_MILLIS, QUIET_MILLIS);
        tap.take();
        action.run();
        seen.computeIfAbsent(operation, name -> new ArrayList<>()).add(tap.take());
    }

    /** The command of the bench tool: {@code trips --plara-jar J --store-uri U [--runs 5] ...}. */
    static boolean command(Options options) throws Exception {
        return run(new Plan(Path.of(options.text("plara-jar")), URI.create(options.text("store-uri")),
                options.number("runs", 5), options.text("webhook-secret"), options.text("jwt-secret"),
                Path.of(options.text("work-dir", "bench/out/trips"))));
    }
}
