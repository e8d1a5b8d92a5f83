package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Access;
import dev.plara.wallet.core.domain.access.AccessKeys;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.CatalogStore;
import dev.plara.wallet.core.port.out.GrantStore;

import java.time.Instant;
import java.util.Optional;

/**
 * The one access check: what opens an item now and why, and whether a sellable thing is already held (so that the
 * store, not a page, refuses to sell it twice), each decided from the user's grants that can bear on it, read by
 * their keys ({@link AccessKeys}) rather than all of them.
 */
public final class AccessRules {

    private final GrantStore grants;
    private final CatalogStore catalog;

    public AccessRules(GrantStore grants, CatalogStore catalog) {
        this.grants = grants;
        this.catalog = catalog;
    }

    /** All of {@code user}'s grants. */
    public UserGrants of(UserId user) {
        return new UserGrants(grants.of(user));
    }

    /** Whether {@code item} opens for {@code user} at {@code now}, and through which grant or why not. */
    public Access accessTo(UserId user, CatalogItem item, Instant now) {
        return new UserGrants(grants.filedUnder(user, AccessKeys.toOpen(item))).accessTo(item, now);
    }

    /** The grant through which {@code user} already holds the sellable thing {@code soldAs}, if any. */
    public Optional<Grant> holding(UserId user, ItemId soldAs, Unlocks unlocks, Instant now) {
        var keys = AccessKeys.toHold(soldAs, unlocks, this::kindOf);
        return new UserGrants(grants.filedUnder(user, keys)).holding(soldAs, unlocks, now, this::kindOf);
    }

    private ItemKind kindOf(ItemId item) {
        return catalog.find(item).map(CatalogItem::kind).orElse(null);
    }
}
