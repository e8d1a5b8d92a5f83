package dev.plara.wallet.core.domain.access;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The keys a grant is filed under, so that a question about one item reads only the grants that can bear on it rather
 * than all of a user's (a buyer may hold thousands): every entry of what the grant covers in the unlocks text form
 * ({@code all}, {@code kind:video}, {@code kind:photo}, {@code item:<id>}), the item it was sold as among them. A grant
 * can bear on a question only if it is filed under one of the question's keys.
 */
public record AccessKeys(Set<String> values) {

    public AccessKeys {
        values = Set.copyOf(Objects.requireNonNull(values, "keys"));
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a question about access names at least one key");
        }
    }

    /** What {@code grant} is filed under: all it covers, the item it was sold as too. */
    public static AccessKeys of(Grant grant) {
        return of(Unlocks.union(List.of(grant.unlocks(), Unlocks.item(grant.soldAs()))));
    }

    /** Under what the grants that can open {@code item} are filed: everything, the item's kind, the item. */
    public static AccessKeys toOpen(CatalogItem item) {
        return of(new Unlocks(true, contentKinds(Set.of(item.kind())), Set.of(item.id())));
    }

    /**
     * Under what the grants that can make the sellable thing {@code soldAs} held are filed: grants sold as it, and
     * those opening everything or a part of what it {@code unlocks} (one of its kinds, one of its items or an item's
     * kind), which are all {@link UserGrants#holding} counts.
     *
     * @param kindOf the kind of a catalog item ({@code null} when unknown)
     */
    public static AccessKeys toHold(ItemId soldAs, Unlocks unlocks, Function<ItemId, ItemKind> kindOf) {
        var kinds = new HashSet<>(unlocks.kinds());
        var items = new HashSet<>(unlocks.items());
        unlocks.items().stream().map(kindOf).filter(Objects::nonNull).forEach(kinds::add);
        items.add(soldAs);
        return of(new Unlocks(true, contentKinds(kinds), items));
    }

    /** Under what the grants sold as {@code item} are filed (with the others that open that item by name). */
    public static AccessKeys item(ItemId item) {
        return of(Unlocks.item(item));
    }

    /** Whether a grant filed under these keys can bear on a question asked with {@code question}'s. */
    public boolean meets(AccessKeys question) {
        return question.values.stream().anyMatch(values::contains);
    }

    private static AccessKeys of(Unlocks covered) {
        return new AccessKeys(new HashSet<>(covered.entries()));
    }

    /** Kinds a grant can open: a plan opens content, never plans. */
    private static Set<ItemKind> contentKinds(Set<ItemKind> kinds) {
        var content = new HashSet<>(kinds);
        content.remove(ItemKind.SUBSCRIPTION_PLAN);
        return content;
    }
}
