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

    final List<Order> orders = new ArrayList<>();
    final List<Refund> refunds = new ArrayList<>();

    /** {@code orderCount} orders over {@code users}, then refunds on {@code refundedCount} of them. */
    static ChaosPurchases make(PolarShop shop, List<String> users, int orderCount, int refundedCount, Random random) {
        var made = new ChaosPurchases();
        for (int i = 0; i < orderCount; i++) {
            var user = users.get(i < users.size() ? i : random.nextInt(users.size()));
            var order = shop.buyTopUp(user, 100 + random.nextInt(99_901));
            made.orders.add(new Order(user, order.path("id").asText(), order.path("net_amount").asLong(), order));
        }
        var refunded = new ArrayList<>(made.orders);
        Collections.shuffle(refunded, random);
        for (Order order : refunded.subList(0, refundedCount)) {
            switch (random.nextInt(3)) {
                case 0 -> shop.refund(order.id(), order.net());
                case 1 -> shop.refund(order.id(), 1 + random.nextInt((int) order.net() - 1));
                default -> {
                    shop.refund(order.id(), order.net() / 2);
                    shop.refund(order.id(), 1 + random.nextInt((int) (order.net() - order.net() / 2)));
                }
            }
            for (JsonNode refund : shop.refundsOf(order.id())) {
                made.refunds.add(new Refund(order.user(), order.id(), refund.path("id").asText(),
                        refund.path("amount").asLong(), refund));
            }
        }
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

    private static String eventId(Random random) {
        return "msg_" + new UUID(random.nextLong(), random.nextLong()).toString().replace("-", "");
    }
}
