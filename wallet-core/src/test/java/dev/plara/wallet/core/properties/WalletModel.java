package dev.plara.wallet.core.properties;

import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.fixtures.CoreHarness;

import java.util.HashMap;
import java.util.HashSet;
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

    void refund(String refund, String order, long cents) {
        var user = creditedOrders.get(order);
        if (user == null || refunds.contains(refund)) {
            return;
        }
        refunds.add(refund);
        add(user, -cents);
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
