package dev.plara.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Unique {@code order.paid} deliveries for many users, each a copy of one genuine emulator delivery with its own order,
 * checkout, customer and amount, so every one is a new fact to Plara. The same seed gives the same deliveries.
 *
 * <p>Each also carries {@code amount}, {@code user_id} and a customer {@code avatar_url}: fields of Polar's older API
 * versions that the peer, Polar's Express adapter on {@code @polar-sh/sdk} 0.32, still requires (without them it
 * answers 500 to genuine 2026-04 events). Plara ignores them, as it ignores every field it does not use.
 */
final class OrderPaidDeliveries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode template;
    private final int users;
    private final SplittableRandom random;

    OrderPaidDeliveries(byte[] capturedOrderPaid, int users, long seed) {
        if (users < 1) {
            throw new IllegalArgumentException("at least one user");
        }
        try {
            this.template = JSON.readTree(capturedOrderPaid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.users = users;
        this.random = new SplittableRandom(seed);
    }

    static String user(int index) {
        return "bench-user-" + index;
    }

    /** The next {@code count} deliveries, their users taken round-robin, amounts between 1.00 and 1,000.00. */
    List<Delivery> next(int count) {
        var deliveries = new ArrayList<Delivery>(count);
        for (int i = 0; i < count; i++) {
            deliveries.add(delivery(user(random.nextInt(users)), 100 + random.nextInt(99_901)));
        }
        return deliveries;
    }

    private Delivery delivery(String user, long amount) {
        return delivery(user, amount, uuid());
    }

    /** A new order paying {@code amount} for {@code user} through the checkout {@code checkoutId}. */
    Delivery delivery(String user, long amount, String checkoutId) {
        var event = template.deepCopy();
        var order = (ObjectNode) event.path("data");
        var orderId = uuid();
        var customerId = uuid();
        order.put("id", orderId).put("checkout_id", checkoutId).put("customer_id", customerId).put("user_id", customerId);
        for (var field : List.of("amount", "subtotal_amount", "net_amount", "total_amount", "refundable_amount")) {
            order.put(field, amount);
        }
        ((ObjectNode) order.path("metadata")).put("plara_user_id", user);
        ((ObjectNode) order.path("customer")).put("id", customerId).put("external_id", user)
                .put("email", user + "@plara.dev").put("avatar_url", "https://www.gravatar.com/avatar/" + customerId);
        ((ObjectNode) order.path("items").path(0)).put("id", uuid()).put("amount", amount);
        try {
            return new Delivery("evt_" + uuid().replace("-", ""), user, amount, JSON.writeValueAsBytes(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A version-4 UUID drawn from the seeded random source. */
    private String uuid() {
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
