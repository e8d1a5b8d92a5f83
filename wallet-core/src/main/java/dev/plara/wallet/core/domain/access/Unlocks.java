package dev.plara.wallet.core.domain.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a sellable thing opens: everything, whole kinds (every video, every photo), and single items. Its text form,
 * used by Polar product metadata {@code plara_unlocks} and by the store's catalog, is a comma-separated list of
 * {@code all}, {@code kind:video}, {@code kind:photo} and {@code item:<item id>}; blanks are ignored.
 */
public record Unlocks(boolean everything, Set<ItemKind> kinds, Set<ItemId> items) {

    public Unlocks {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        items = Set.copyOf(items);
        if (kinds.contains(ItemKind.SUBSCRIPTION_PLAN)) {
            throw new IllegalArgumentException("a plan opens content, not other plans");
        }
    }

    public static Unlocks all() {
        return new Unlocks(true, Set.of(), Set.of());
    }

    public static Unlocks kinds(ItemKind... kinds) {
        return new Unlocks(false, Set.of(kinds), Set.of());
    }

    public static Unlocks item(ItemId item) {
        return new Unlocks(false, Set.of(), Set.of(item));
    }

    /** Reads the text form; refuses an entry it does not know, naming it. */
    public static Unlocks parse(String text) {
        boolean everything = false;
        var kinds = EnumSet.noneOf(ItemKind.class);
        var items = new TreeSet<ItemId>((a, b) -> a.value().compareTo(b.value()));
        for (String raw : Objects.requireNonNull(text, "unlocks").split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("all")) {
                everything = true;
            } else if (entry.equals("kind:video") || entry.equals("kind:photo")) {
                kinds.add(ItemKind.valueOf(entry.substring(5).toUpperCase(Locale.ROOT)));
            } else if (entry.startsWith("item:")) {
                items.add(ItemId.of(entry.substring(5)));
            } else {
                throw new IllegalArgumentException("'" + entry + "' is not something Plara can unlock: use all,"
                        + " kind:video, kind:photo or item:<item id>");
            }
        }
        return new Unlocks(everything, kinds, items);
    }

    public boolean isEmpty() {
        return !everything && kinds.isEmpty() && items.isEmpty();
    }

    /** Whether this opens the item {@code item} of kind {@code kind}. */
    public boolean opens(ItemId item, ItemKind kind) {
        return everything || kinds.contains(kind) || items.contains(item);
    }

    /** Whether this opens everything {@code other} opens; {@code kindOf} names the kind of an item (null: unknown). */
    public boolean includes(Unlocks other, Function<ItemId, ItemKind> kindOf) {
        if (everything) {
            return true;
        }
        if (other.everything || !kinds.containsAll(other.kinds)) {
            return false;
        }
        return other.items.stream().allMatch(item -> items.contains(item) || opensKindOf(item, kindOf));
    }

    private boolean opensKindOf(ItemId item, Function<ItemId, ItemKind> kindOf) {
        var kind = kindOf.apply(item);
        return kind != null && kinds.contains(kind);
    }

    /** What all of {@code parts} open together, gathered in one pass (a buyer may hold thousands of grants). */
    public static Unlocks union(Collection<Unlocks> parts) {
        boolean everything = false;
        var kinds = EnumSet.noneOf(ItemKind.class);
        var items = new HashSet<ItemId>();
        for (var part : parts) {
            everything |= part.everything;
            kinds.addAll(part.kinds);
            items.addAll(part.items);
        }
        return new Unlocks(everything, kinds, items);
    }

    /**
     * Whether this opens a part of {@code other} that {@link #includes} counts: everything, one of its kinds whole, or
     * one of its items; {@code kindOf} names the kind of an item (null: unknown).
     */
    public boolean opensPartOf(Unlocks other, Function<ItemId, ItemKind> kindOf) {
        return everything || other.kinds.stream().anyMatch(kinds::contains)
                || other.items.stream().anyMatch(item -> items.contains(item) || opensKindOf(item, kindOf));
    }

    /** The text form, entries in a fixed order; empty when it opens nothing. */
    public String text() {
        return everything ? "all" : String.join(",", entries());
    }

    /** Every entry of the text form in a fixed order: {@code all} first when it opens everything, kinds, items. */
    public List<String> entries() {
        List<String> entries = new ArrayList<>();
        if (everything) {
            entries.add("all");
        }
        kinds.stream().sorted().forEach(kind -> entries.add("kind:" + kind.name().toLowerCase(Locale.ROOT)));
        items.stream().map(ItemId::value).sorted().forEach(item -> entries.add("item:" + item));
        return entries;
    }

    @Override
    public String toString() {
        return text();
    }
}
