package dev.plara.wallet.core.properties;

import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.fixtures.CoreHarness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the wallets should hold, worked out the simplest way possible, without the ledger: the oracle the property test
 * compares the real core against.
 */
final class WalletModel {

    private static final Set<String> KNOWN_USERS = Set.of("alice", "bob");
    private static final Map<ItemId, Long> PRICES = Map.of(CoreHarness.VIDEO, 300L, CoreHarness.PHOTO, 150L,
            CoreHarness.PLAN, 900L);
    private static final long PLAN_DAYS = 30;

    final Map<String, Long> balances = new HashMap<>();
    private final Map<String, String> creditedOrders = new HashMap<>();
    private final Map<String, Long> creditedAmounts = new HashMap<>();
    private final Set<String> refunds = new HashSet<>();
    private final Map<String, Long> refundedAmounts = new HashMap<>();
    private final Map<String, List<Long>> heldRefunds = new HashMap<>();
    private final Set<String> activeCodes = new HashSet<>();
    private final Map<String, Long> ownedUntilDay = new HashMap<>();
    int effects;
    private long today;

    void pay(String order, String user, long cents) {
        if (cents <= 0 || !KNOWN_USERS.contains(user) || creditedOrders.containsKey(order)) {
            return;
        }
        creditedOrders.put(order, user);
        creditedAmounts.put(order, cents);
        add(user, cents);
        heldRefunds.getOrDefault(order, List.of()).forEach(held -> takeBack(order, user, held));
        heldRefunds.remove(order);
    }

    void buy(String user, ItemId item) {
        var key = user + " " + item.value();
        if (ownedUntilDay.getOrDefault(key, Long.MIN_VALUE) > today || balance(user) < PRICES.get(item)) {
            return;
        }
        boolean plan = item.equals(CoreHarness.PLAN);
        ownedUntilDay.put(key, plan ? today + PLAN_DAYS : Long.MAX_VALUE);
        add(user, -PRICES.get(item));
    }

    /**
     * A refund takes back at most what is left of its order's credit; one of an order not credited yet waits for it and
     * is taken back right after the credit.
     */
    void refund(String refund, String order, long cents) {
        if (!refunds.add(refund)) {
            return;
        }
        var user = creditedOrders.get(order);
        if (user == null) {
            heldRefunds.computeIfAbsent(order, waiting -> new ArrayList<>()).add(cents);
            return;
        }
        takeBack(order, user, cents);
    }

    private void takeBack(String order, String user, long cents) {
        long left = creditedAmounts.get(order) - refundedAmounts.getOrDefault(order, 0L);
        long taken = Math.min(cents, left);
        if (taken > 0) {
            refundedAmounts.merge(order, taken, Long::sum);
            add(user, -taken);
        }
    }

    void bank(String user, long cents, String code, boolean approve) {
        if (activeCodes.contains(code)) {
            return;
        }
        if (approve) {
            activeCodes.add(code);
            add(user, cents);
        }
    }

    void later(int days) {
        today += days;
    }

    long balance(String user) {
        return balances.getOrDefault(user, 0L);
    }

    private void add(String user, long cents) {
        balances.merge(user, cents, Long::sum);
        effects++;
    }
}
