package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.access.Entitlement;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.EntitlementStore;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Entitlements in memory. */
public final class InMemoryEntitlementStore implements EntitlementStore {

    private final Map<String, Entitlement> entitlements = new HashMap<>();

    @Override
    public synchronized boolean putIfNewer(Entitlement entitlement) {
        var key = key(entitlement.user(), entitlement.item());
        var current = entitlements.get(key);
        if (current != null && current.version() >= entitlement.version()) {
            return false;
        }
        entitlements.put(key, entitlement);
        return true;
    }

    @Override
    public synchronized Optional<Entitlement> find(UserId user, ItemId item) {
        return Optional.ofNullable(entitlements.get(key(user, item)));
    }

    @Override
    public synchronized List<Entitlement> of(UserId user) {
        return entitlements.values().stream().filter(entitlement -> entitlement.user().equals(user))
                .sorted(Comparator.comparing(entitlement -> entitlement.item().value())).toList();
    }

    @Override
    public synchronized List<Entitlement> bySource(String sourceRef) {
        return entitlements.values().stream().filter(entitlement -> entitlement.sourceRef().equals(sourceRef))
                .sorted(Comparator.comparing(entitlement -> entitlement.item().value())).toList();
    }

    private static String key(UserId user, ItemId item) {
        return user.value() + "\n" + item.value();
    }
}
