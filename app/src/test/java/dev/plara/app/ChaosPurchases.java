package dev.plara.app;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The payments of a chaos run, made for real at the Polar emulator: paid top-up orders spread over users, refunds on
 * some of them (whole, partial, or two partials), their webhook events in Polar's own JSON, and what each wallet must
 * hold once all of it has been applied exactly once.
 */
final class ChaosPurchases {

    record Order(String user, String id, long net, JsonNode json) {
    }

    record Refund(String user, String orderId, String id, long amount, JsonNode json) {
    }

    private static final int PARALLEL_CALLS = 8;

    final List<Order> orders = new ArrayList<>();
    final List<Refund> refunds = new ArrayList<>();

    /** {@code count} users named {@code user-00}, {@code user-01} and on. */
    static List<String> users(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("user-%02d", i)).toList();
    }

    /**
     * {@code orderCount} orders over {@code users}, then refunds on {@code refundedCount} of them. Every choice is drawn
     * from {@code random} first, so a seed gives the same purchases; the calls to Polar then run a few at a time.
     */
    static ChaosPurchases make(PolarShop shop, List<String> users, int orderCount, int refundedCount, Random random) {
        var made = new ChaosPurchases();
        var plans = new ArrayList<Order>();
        for (int i = 0; i < orderCount; i++) {
            var user = users.get(i < users.size() ? i : random.nextInt(users.size()));
            plans.add(new Order(user, null, 100 + random.nextInt(99_901), null));
        }
        made.orders.addAll(inParallel(plans, plan -> {
            var order = shop.buyTopUp(plan.user(), plan.net());
            return new Order(plan.user(), order.path("id").asText(), order.path("net_amount").asLong(), order);
        }));
        var refunded = new ArrayList<>(made.orders);
        Collections.shuffle(refunded, random);
        var amounts = new ArrayList<List<Long>>();
        for (Order order : refunded.subList(0, refundedCount)) {
            amounts.add(switch (random.nextInt(3)) {
                case 0 -> List.of(order.net());
                case 1 -> List.of(1L + random.nextInt((int) order.net() - 1));
                default -> List.of(order.net() / 2, 1L + random.nextInt((int) (order.net() - order.net() / 2)));
            });
        }
        var indexes = IntStream.range(0, refundedCount).boxed().toList();
        inParallel(indexes, i -> {
            amounts.get(i).forEach(amount -> shop.refund(refunded.get(i).id(), amount));
            return shop.refundsOf(refunded.get(i).id());
        }).forEach(refunds -> refunds.forEach(refund -> made.refunds.add(new Refund(
                ownerOf(made, refund.path("order_id").asText()), refund.path("order_id").asText(),
                refund.path("id").asText(), refund.path("amount").asLong(), refund))));
        return made;
    }

    /** Each order's {@code order.paid} (as it was when paid) and each refund's {@code refund.created}. */
    List<PolarWebhook> events(Random random) {
        var events = new ArrayList<PolarWebhook>();
        for (Order order : orders) {
            events.add(PolarWebhook.wrap(eventId(random), "order.paid", order.json(),
                    Instant.parse(order.json().path("created_at").asText())));
        }
        for (Refund refund : refunds) {
            events.add(PolarWebhook.wrap(eventId(random), "refund.created", refund.json(),
                    Instant.parse(refund.json().path("created_at").asText())));
        }
        return events;
    }

    /** What each user's USD wallet must hold: the net amounts of their paid orders less their refunds. */
    Map<String, Long> expectedBalances() {
        var balances = new HashMap<String, Long>();
        orders.forEach(order -> balances.merge(order.user(), order.net(), Long::sum));
        refunds.forEach(refund -> balances.merge(refund.user(), -refund.amount(), Long::sum));
        return balances;
    }

    /** How many ledger entries {@code user}'s wallet must have: one per order and one per refund. */
    long entriesOf(String user) {
        return orders.stream().filter(order -> order.user().equals(user)).count()
                + refunds.stream().filter(refund -> refund.user().equals(user)).count();
    }

    private static String ownerOf(ChaosPurchases made, String orderId) {
        return made.orders.stream().filter(order -> order.id().equals(orderId)).findFirst().orElseThrow().user();
    }

    /** {@code call} on each item, {@value #PARALLEL_CALLS} at a time; the results in the items' order. */
    private static <T, R> List<R> inParallel(List<T> items, Function<T, R> call) {
        var pool = Executors.newFixedThreadPool(PARALLEL_CALLS);
        try {
            var futures = items.stream().map(item -> CompletableFuture.supplyAsync(() -> call.apply(item), pool)).toList();
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static String eventId(Random random) {
        return "msg_" + new UUID(random.nextLong(), random.nextLong()).toString().replace("-", "");
    }
}
