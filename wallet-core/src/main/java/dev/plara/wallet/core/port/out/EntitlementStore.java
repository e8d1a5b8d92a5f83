package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.access.Entitlement;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.List;
import java.util.Optional;

/**
 * Who may access what: at most one entitlement per user and item.
 *
 * <p>Contract: {@link #putIfNewer} stores the entitlement when none exists for its user and item, or when the stored
 * one has a strictly lower {@code version}; otherwise it changes nothing. It is atomic, so of racing writes the
 * highest version is what remains, and it says whether it stored.
 */
public interface EntitlementStore {

    boolean putIfNewer(Entitlement entitlement);

    Optional<Entitlement> find(UserId user, ItemId item);

    /** A user's entitlements, ordered by item id. */
    List<Entitlement> of(UserId user);

    /** The entitlements a given order, subscription or ledger key granted. */
    List<Entitlement> bySource(String sourceRef);
}
