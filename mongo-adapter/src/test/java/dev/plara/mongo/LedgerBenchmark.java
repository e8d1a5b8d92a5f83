package dev.plara.mongo;

import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.fixtures.Entries;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.Overdraft;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * Run by hand: appends credits, then purchases, from several threads to a few wallets on the in-process server, and
 * prints how many of each it appended per second. Arguments: operations per phase, threads, wallets.
 */
public final class LedgerBenchmark {

    /** Appends per second of each phase, and how many of each the ledger answered {@code Appended}. */
    record Figures(double creditsPerSecond, double purchasesPerSecond, long credits, long purchases) {
    }

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int operations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int wallets = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        try (var mongo = InProcessMongo.temporary()) {
            run(mongo.freshStores().ledger(), operations / 10, threads, wallets);
            var figures = run(mongo.freshStores().ledger(), operations, threads, wallets);
            System.out.printf("%d credits, then %d purchases, %d threads, %d wallets, in-process mongo-java-server:%n"
                    + "  credits:   %,.0f/s%n  purchases: %,.0f/s%n", operations, operations, threads, wallets,
                    figures.creditsPerSecond(), figures.purchasesPerSecond());
        }
    }

    static Figures run(LedgerStore ledger, int operations, int threads, int wallets) throws Exception {
        long start = System.nanoTime();
        long credits = appendAll(ledger, operations, threads,
                i -> Entries.cardCredit("user" + i % wallets, "bench-" + i, Money.usd(1_00), CoreOnMongo.T0));
        long middle = System.nanoTime();
        long purchases = appendAll(ledger, operations, threads,
                i -> Entries.purchase("user" + i % wallets, "item-" + i, Money.usd(1_00), CoreOnMongo.T0));
        long end = System.nanoTime();
        return new Figures(credits * 1e9 / (middle - start), purchases * 1e9 / (end - middle), credits, purchases);
    }

    private static long appendAll(LedgerStore ledger, int operations, int threads, IntFunction<LedgerEntry> entry)
            throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var tasks = new ArrayList<Callable<Long>>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                tasks.add(() -> {
                    long appended = 0;
                    for (int i = first; i < operations; i += threads) {
                        if (ledger.append(entry.apply(i), Overdraft.FORBIDDEN) instanceof AppendResult.Appended) {
                            appended++;
                        }
                    }
                    return appended;
                });
            }
            long appended = 0;
            for (var done : pool.invokeAll(tasks)) {
                appended += done.get();
            }
            return appended;
        } finally {
            pool.shutdown();
        }
    }
}
