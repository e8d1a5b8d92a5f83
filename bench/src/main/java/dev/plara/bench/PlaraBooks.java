package dev.plara.bench;

import java.util.ArrayList;
import java.util.stream.IntStream;

/**
 * What Plara's books must say after an ingest run, checked over its API: each user's wallet holds the sum of the
 * orders sent for them (so each was credited exactly once), the audit is clean with one entry per order, and no
 * delivery waits in the inbox or sits parked as unmatched.
 */
final class PlaraBooks implements Books {

    private final PlaraApi api;
    private final int users;

    PlaraBooks(PlaraApi api, int users) {
        this.api = api;
        this.users = users;
    }

    /** Each user signs in once, which is how Plara learns of a host platform's user. */
    @Override
    public void introduceUsers() {
        IntStream.range(0, users).parallel().forEach(i -> api.balance(OrderPaidDeliveries.user(i), "usd"));
    }

    @Override
    public Check check(ExpectedCredits expected) {
        var differences = new ArrayList<String>();
        long credited = Books.compareBalances(users, user -> api.balance(user, "usd"), expected, differences);
        int orders = expected.orders();
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
        return new Check("plara", orders, credited, differences);
    }
}
