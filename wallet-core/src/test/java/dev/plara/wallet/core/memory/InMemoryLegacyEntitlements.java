package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.access.Entitlement;
import dev.plara.wallet.core.port.out.LegacyEntitlements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Entitlements kept before grants, in memory: tests add what an older Plara left behind. */
public final class InMemoryLegacyEntitlements implements LegacyEntitlements {

    private final List<Entitlement> entitlements = new ArrayList<>();

    /** What an older Plara stored. */
    public synchronized void add(Entitlement entitlement) {
        entitlements.add(entitlement);
    }

    @Override
    public synchronized List<Entitlement> all() {
        return entitlements.stream().sorted(Comparator.comparing((Entitlement e) -> e.user().value())
                .thenComparing(e -> e.item().value())).toList();
    }
}
