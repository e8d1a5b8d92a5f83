package dev.plara.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the deliveries sent so far must have credited: per user the sum of their orders, and how many orders in all. */
final class ExpectedCredits {

    private final Map<String, Long> perUser = new ConcurrentHashMap<>();
    private int orders;

    synchronized void sent(List<Delivery> deliveries) {
        deliveries.forEach(delivery -> perUser.merge(delivery.user(), delivery.amount(), Long::sum));
        orders += deliveries.size();
    }

    /** The minor units the orders sent for {@code user} add up to. */
    long of(String user) {
        return perUser.getOrDefault(user, 0L);
    }

    synchronized int orders() {
        return orders;
    }
}
