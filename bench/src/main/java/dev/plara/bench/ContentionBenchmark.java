package dev.plara.bench;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wallet contention through the core as a service embeds it: concurrent purchases, each wallet funded for exactly half
 * of what is tried on it, on one wallet and then spread over many; purchases per second, refusals, and the checks that
 * exactly the affordable half went through and no wallet went below zero.
 */
final class ContentionBenchmark {

    private static final long PRICE_MINOR = 1_00;

    /** Who buys what: attempt {@code i} is wallet {@code i % wallets} buying item {@code i / wallets}. */
    record Scenario(String name, int wallets, int itemsPerWallet) {
        int attempts() {
            return wallets * itemsPerWallet;
        }

        String user(int wallet) {
            return name.replace(' ', '-') + "-" + wallet;
        }
    }

    /** What one scenario measured and found. */
    record Result(Scenario scenario, int threads, double seconds, int purchased, int refusedFunds, int refusedOther,
                  long lowestBalanceMinor, long totalBalanceMinor, boolean auditClean) {
        double perSecond() {
            return scenario.attempts() / seconds;
        }

        boolean passed() {
            return purchased == scenario.attempts() / 2 && refusedFunds == scenario.attempts() - purchased
                    && refusedOther == 0 && lowestBalanceMinor == 0 && totalBalanceMinor == 0 && auditClean;
        }
    }

    private final EmbeddedCore embedded;

    ContentionBenchmark(EmbeddedCore embedded) {
        this.embedded = embedded;
    }

    Result run(Scenario scenario, int threads) throws Exception {
        prepare(scenario);
        var outcomes = new ConcurrentHashMap<Class<?>, AtomicInteger>();
        var next = new AtomicInteger();
        var workers = new ArrayList<Callable<Void>>();
        for (int t = 0; t < threads; t++) {
            workers.add(() -> {
                for (int i = next.getAndIncrement(); i < scenario.attempts(); i = next.getAndIncrement()) {
                    var result = embedded.core().purchaseContent().purchase(new PurchaseContent(
                            UserId.of(scenario.user(i % scenario.wallets())), itemId(scenario, i / scenario.wallets())));
                    outcomes.computeIfAbsent(result.getClass(), any -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            });
        }
        var pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            for (var done : pool.invokeAll(workers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int purchased = count(outcomes, PurchaseResult.Purchased.class);
        int refusedFunds = count(outcomes, PurchaseResult.InsufficientFunds.class);
        int all = outcomes.values().stream().mapToInt(AtomicInteger::get).sum();
        var balances = balances(scenario);
        return new Result(scenario, threads, seconds, purchased, refusedFunds, all - purchased - refusedFunds,
                balances.stream().mapToLong(Long::longValue).min().orElse(0),
                balances.stream().mapToLong(Long::longValue).sum(), embedded.core().auditLedger().audit().clean());
    }

    /** The scenario's catalog, and each wallet funded by a paid card deposit for half of what will be tried on it. */
    private void prepare(Scenario scenario) {
        for (int item = 0; item < scenario.itemsPerWallet(); item++) {
            embedded.stores().catalog().save(new CatalogItem(itemId(scenario, item), ItemKind.PHOTO, "Photo " + item,
                    "A photo to buy in the benchmark.", Money.usd(PRICE_MINOR), null, "bench:" + item));
        }
        var funding = Money.usd(PRICE_MINOR * (scenario.itemsPerWallet() / 2));
        for (int wallet = 0; wallet < scenario.wallets(); wallet++) {
            var user = scenario.user(wallet);
            embedded.core().rememberUser().remember(new UserProfile(UserId.of(user), user + "@plara.dev", user));
            embedded.core().confirmCardPayment().confirm(PaidDeposit.untaxed("order-" + user, null, user,
                    user + "@plara.dev", funding, Instant.now()));
        }
    }

    private List<Long> balances(Scenario scenario) {
        var balances = new ArrayList<Long>();
        for (int wallet = 0; wallet < scenario.wallets(); wallet++) {
            embedded.core().viewWallet().balances(UserId.of(scenario.user(wallet)))
                    .forEach(balance -> balances.add(balance.balance().minor()));
        }
        return balances;
    }

    /** The results as a table: throughput, outcomes, and whether the books held. */
    static String table(List<Result> results) {
        var text = new StringBuilder(String.format("Wallet contention: purchases of %s items through the core on the"
                + " MongoDB adapter; each wallet funded for half of what is tried on it%n", Money.usd(PRICE_MINOR)));
        text.append(String.format("%-13s %7s %8s %8s %10s %10s %8s %7s %8s %6s%n", "scenario", "wallets", "threads",
                "attempts", "purchases/s", "purchased", "refused", "other", "lowest", "books"));
        for (var r : results) {
            text.append(String.format("%-13s %7d %8d %8d %10.0f %10d %8d %7d %8s %6s%n", r.scenario().name(),
                    r.scenario().wallets(), r.threads(), r.scenario().attempts(), r.perSecond(), r.purchased(),
                    r.refusedFunds(), r.refusedOther(), Money.usd(r.lowestBalanceMinor()),
                    r.passed() ? "ok" : "OFF"));
        }
        return text.toString();
    }

    private static ItemId itemId(Scenario scenario, int item) {
        return ItemId.of(scenario.name().replace(' ', '-') + "-photo-" + item);
    }

    private static int count(ConcurrentHashMap<Class<?>, AtomicInteger> outcomes, Class<?> kind) {
        var counter = outcomes.get(kind);
        return counter == null ? 0 : counter.get();
    }
}
