package dev.plara.wallet.core.domain.access;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One user's grants (all of them, or those filed under the keys of one question), and the two rules built on them:
 * what opens an item now, and whether a sellable thing is already held (so it is not sold twice).
 */
public record UserGrants(List<Grant> grants) {

    /** The grant that lasts longest wins: one for good, else the latest end. */
    private static final Comparator<Grant> LONGEST = Comparator.comparing(Grant::validUntil,
            Comparator.nullsLast(Comparator.<Instant>naturalOrder()));

    public UserGrants {
        grants = List.copyOf(grants);
    }

    /** Whether {@code item} opens at {@code now}: through the longest-lasting grant that covers it, or why not. */
    public Access accessTo(CatalogItem item, Instant now) {
        var open = grants.stream().filter(grant -> grant.opens(item, now)).max(LONGEST);
        if (open.isPresent()) {
            return new Access.Open(item, open.get());
        }
        var last = grants.stream().filter(grant -> grant.covers(item))
                .max(Comparator.comparing(grant -> grant.validUntil() == null ? grant.validFrom() : grant.validUntil()));
        return new Access.Closed(item, last);
    }

    /**
     * The grant that makes a sellable thing already held at {@code now}, if any. A thing sold for good is held when
     * grants that never end open all it opens; a thing sold by the period (a subscription, a store plan) is held while
     * a grant from that same thing runs, or when grants that never end open all it opens. Only grants sold as that
     * thing or opening a part of it count ({@link AccessKeys#toHold} names where they are filed), so these grants may
     * be all of the user's or just those.
     *
     * @param kindOf the kind of a catalog item ({@code null} when unknown), to see that a kind covers an item
     */
    public Optional<Grant> holding(ItemId soldAs, Unlocks unlocks, Instant now, Function<ItemId, ItemKind> kindOf) {
        var sameThing = grants.stream().filter(grant -> grant.activeAt(now) && grant.soldAs().equals(soldAs))
                .max(LONGEST);
        if (sameThing.isPresent()) {
            return sameThing;
        }
        var forever = grants.stream().filter(grant -> grant.activeAt(now) && grant.forever()).toList();
        var together = Unlocks.union(forever.stream().map(Grant::unlocks).toList());
        if (unlocks.isEmpty() || !together.includes(unlocks, kindOf)) {
            return Optional.empty();
        }
        return forever.stream().filter(grant -> grant.unlocks().includes(unlocks, kindOf)).findFirst()
                .or(() -> forever.stream().filter(grant -> grant.unlocks().opensPartOf(unlocks, kindOf)).findFirst());
    }

    /** The grants active at {@code now}. */
    public List<Grant> activeAt(Instant now) {
        return grants.stream().filter(grant -> grant.activeAt(now)).toList();
    }
}
