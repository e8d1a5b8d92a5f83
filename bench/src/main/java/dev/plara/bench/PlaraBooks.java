package dev.plara.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * What Plara's books must say after an ingest run, checked over its API: each user's wallet holds the sum of the
 * orders sent for them (so each was credited exactly once), the audit is clean with one entry per order, and no
 * delivery waits in the inbox or sits parked as unmatched.
 */
final class PlaraBooks {

    /** The outcome of the check, with every difference found. */
    record Check(int orders, long creditedMinor, List<String> differences) {
        boolean passed() {
            return differences.isEmpty();
        }
    }

    private final PlaraApi api;
    private final int users;
    private final Map<String, Long> expected = new ConcurrentHashMap<>();
    private int orders;

    PlaraBooks(PlaraApi api, int users) {
        this.api = api;
        this.users = users;
    }

    /** Each user signs in once, which is how Plara learns of a host platform's user. */
    void introduceUsers() {
        IntStream.range(0, users).parallel().forEach(i -> api.balance(OrderPaidDeliveries.user(i), "usd"));
    }

    void sent(List<Delivery> deliveries) {
        deliveries.forEach(delivery -> expected.merge(delivery.user(), delivery.amount(), Long::sum));
        orders += deliveries.size();
    }

    Check check() {
        var differences = new ArrayList<String>();
        long credited = IntStream.range(0, users).parallel().mapToLong(i -> {
            var user = OrderPaidDeliveries.user(i);
            long balance = api.balance(user, "usd");
            long wanted = expected.getOrDefault(user, 0L);
            if (balance != wanted) {
                synchronized (differences) {
                    differences.add(user + " holds " + balance + " minor units, the orders sent for it sum to " + wanted);
                }
            }
            return balance;
        }).sum();
        var audit = api.get("/api/admin/audit", "bench-admin", true);
        if (!audit.path("clean").asBoolean() || audit.path("entries").asLong() != orders) {
            differences.add("audit clean=" + audit.path("clean") + " with " + audit.path("entries") + " entries for "
                    + orders + " orders: " + audit.path("discrepancies"));
        }
        long pending = api.get("/api/admin/webhooks?status=pending", "bench-admin", true).path("total").asLong();
        long parked = api.get("/api/admin/unmatched-payments", "bench-admin", true).path("total").asLong();
        if (pending + parked > 0) {
            differences.add(pending + " deliveries pending in the inbox, " + parked + " payments parked as unmatched");
        }
        return new Check(orders, credited, List.copyOf(differences));
    }
}
