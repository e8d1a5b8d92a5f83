package dev.plara.app;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.money.Money;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Purchases of store items from wallets, racing a webhook storm: each attempt is the same purchase sent to two servers
 * at once, so two servers decide the same purchase together while credits and refunds land on the same wallets. It
 * keeps the answers by status and the purchases answered 201.
 */
final class ContentRace {

    /** Items from a few dollars to more than most wallets hold, so some purchases are refused. */
    static final List<CatalogItem> ITEMS = IntStream.range(0, 8).mapToObj(i -> new CatalogItem(ItemId.of("race-" + i),
            i % 2 == 0 ? ItemKind.VIDEO : ItemKind.PHOTO, "Race item " + i, "Bought by racing servers.",
            Money.usd(500L << (i + 1)), null, "race:" + i)).toList();

    private static final int RACERS = 4;

    final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
    final Set<String> purchased = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unreachable = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(RACERS * 2);
    private CompletableFuture<Void> running;

    /** Starts {@code attempts} racing purchases over {@code users}, spread over {@code servers}, a few at a time. */
    ContentRace start(List<HttpCalls> servers, List<String> users, int attempts, Random random) {
        var plan = IntStream.range(0, attempts).mapToObj(i -> new int[] {random.nextInt(users.size()),
                random.nextInt(ITEMS.size()), random.nextInt(servers.size())}).toList();
        var next = new AtomicInteger();
        running = CompletableFuture.allOf(IntStream.range(0, RACERS).mapToObj(r -> CompletableFuture.runAsync(() -> {
            for (int i = next.getAndIncrement(); i < plan.size(); i = next.getAndIncrement()) {
                var attempt = plan.get(i);
                var user = users.get(attempt[0]);
                var item = ITEMS.get(attempt[1]).id().value();
                var first = servers.get(attempt[2]);
                var second = servers.get((attempt[2] + 1) % servers.size());
                CompletableFuture.allOf(CompletableFuture.runAsync(() -> buy(first, user, item), pool),
                        CompletableFuture.runAsync(() -> buy(second, user, item), pool)).join();
                pause();
            }
        }, pool)).toArray(CompletableFuture[]::new));
        return this;
    }

    /** Waits for the last attempt; answers a line of figures. */
    String finish() throws Exception {
        running.get(5, TimeUnit.MINUTES);
        pool.shutdown();
        return "purchases answered " + answers + ", unreachable " + unreachable + ", bought " + purchased.size();
    }

    private void buy(HttpCalls server, String user, String item) {
        try {
            int status = server.postJson("/api/purchases", HostTokens.user(user), "{\"item_id\":\"" + item + "\"}")
                    .status();
            answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (status == 201) {
                purchased.add(user + " " + item);
            }
        } catch (UncheckedIOException killed) {
            unreachable.incrementAndGet();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
