package dev.plara.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/** A target's books after an ingest run: whether every order sent was credited exactly once to the right user. */
interface Books {

    /** Makes every benchmark user known to the target before the first delivery names them. */
    void introduceUsers();

    /** Checks the target's books against {@code expected}, listing every difference found. */
    Check check(ExpectedCredits expected);

    /**
     * Compares each of the {@code users} benchmark users' balance with what the orders sent for them add up to, adding
     * a line to {@code differences} for each that differs, and answers what the balances hold in all.
     */
    static long compareBalances(int users, ToLongFunction<String> balance, ExpectedCredits expected,
                                List<String> differences) {
        var found = new ArrayList<String>();
        long credited = IntStream.range(0, users).parallel().mapToLong(i -> {
            var user = OrderPaidDeliveries.user(i);
            long held = balance.applyAsLong(user);
            if (held != expected.of(user)) {
                synchronized (found) {
                    found.add(user + " holds " + held + " minor units, the orders sent for it sum to " + expected.of(user));
                }
            }
            return held;
        }).sum();
        differences.addAll(found);
        return credited;
    }

    /** The outcome of a check: whose books, how many orders, what the wallets hold in all, and every difference. */
    record Check(String target, int orders, long creditedMinor, List<String> differences) {
        public Check {
            differences = List.copyOf(differences);
        }

        boolean passed() {
            return differences.isEmpty();
        }
    }
}
