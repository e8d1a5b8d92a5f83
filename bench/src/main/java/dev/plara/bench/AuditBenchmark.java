package dev.plara.bench;

import dev.plara.wallet.core.domain.ledger.AuditReport;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The audit over a ledger that grows: card credits confirmed through the core (on the store the bench script started
 * in a process of its own, as {@code plara.jar} launches it: a 192 MiB heap) up to each size asked, then the whole audit, timed, with the store's resident memory before
 * it and its peak during it (the peak reset just before, through {@code /proc/<pid>/clear_refs}).
 */
final class AuditBenchmark {

    private AuditBenchmark() {
    }

    static boolean command(Options options) throws Exception {
        var sizes = options.list("credits").stream().map(Integer::valueOf).toList();
        int users = options.number("users", 1_000);
        int threads = options.number("threads", 8);
        int timeout = options.number("timeout", 120);
        long storePid = Long.parseLong(options.text("store-pid"));
        boolean passed = true;
        try (var embedded = new EmbeddedCore(options.text("mongodb-uri"))) {
            for (int user = 0; user < users; user++) {
                embedded.core().rememberUser().remember(new UserProfile(UserId.of("u" + user), "u" + user + "@plara.dev",
                        "u" + user));
            }
            int credited = 0;
            System.out.println("credits  entries  audit s  clean  store RSS before MiB  store peak during MiB");
            for (int size : sizes) {
                long seedStart = System.nanoTime();
                credit(embedded, credited, size, users, threads);
                double seeding = (System.nanoTime() - seedStart) / 1e9;
                credited = size;
                long before = ProcessMemory.of(storePid).residentKib() / 1024;
                resetPeaks(storePid);
                var pool = Executors.newSingleThreadExecutor();
                long start = System.nanoTime();
                var audit = pool.submit(() -> embedded.core().auditLedger().audit());
                String line;
                try {
                    AuditReport report = audit.get(timeout, TimeUnit.SECONDS);
                    line = String.format("%7d  %7d  %7.2f  %5s", size, report.entries(),
                            (System.nanoTime() - start) / 1e9, report.clean());
                    passed &= report.clean();
                } catch (TimeoutException | java.util.concurrent.ExecutionException failed) {
                    line = String.format("%7d  %7s  %7s  %5s", size, "?", failed instanceof TimeoutException
                            ? ">" + timeout : "failed", "-");
                    passed = false;
                } finally {
                    pool.shutdownNow();
                }
                System.out.printf("%s  %20d  %21d   (credited in %.0f s)%n", line, before,
                        ProcessMemory.of(storePid).peakResidentKib() / 1024, seeding);
                if (!passed) {
                    break;
                }
            }
        }
        return passed;
    }

    /** Resets the peak resident memory Linux reports for the process and those it started (its launcher's JVM). */
    private static void resetPeaks(long pid) throws IOException {
        for (long each : ProcessTree.pids(pid).toArray()) {
            Files.writeString(Path.of("/proc", String.valueOf(each), "clear_refs"), "5");
        }
    }

    /** Card credits {@code from} up to {@code to}, spread over the users, on {@code threads} threads. */
    private static void credit(EmbeddedCore embedded, int from, int to, int users, int threads) throws Exception {
        var next = new AtomicInteger(from);
        var workers = new ArrayList<Callable<Void>>();
        for (int t = 0; t < threads; t++) {
            workers.add(() -> {
                for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                    var user = "u" + i % users;
                    embedded.core().confirmCardPayment().confirm(PaidDeposit.untaxed("audit-order-" + i, null, user,
                            user + "@plara.dev", Money.usd(10_00), Instant.now()));
                }
                return null;
            });
        }
        var pool = Executors.newFixedThreadPool(threads);
        try {
            for (var done : pool.invokeAll(workers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
