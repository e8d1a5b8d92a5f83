package dev.plara.store;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A query's documents in the order of an index (or of the collection's own map, by {@code _id}) whose leading keys it
 * pins and whose remaining keys are its sort, forward (all ascending) or {@code backward} (all descending; the map keeps
 * every key ascending, whatever direction the index was declared with): read from where the last one read left off, a
 * batch at a time ({@link WalkKeys}), as MongoDB walks an index rather than sorting every document in memory.
 * {@code prefix} holds the pinned leading values ({@code null} when none is pinned), {@code from} where a forward walk
 * starts within them (a lower bound, see {@link #lowerBound}; {@code null}: at the prefix); {@code index} is
 * {@code null} on the own map.
 */
record IndexWalk(MVMap<Object, ?> entries, KeyValue prefix, KeyValue from, Index<Object> index, boolean backward) {

    /** The walk of the collection's own map, by {@code _id}: a scan's order. */
    static IndexWalk byId(MVMap<Object, ?> documents) {
        return new IndexWalk(documents, null, null, null, false);
    }

    /**
     * The walk that answers {@code query} sorted by {@code orderBy} (ascending on each key, or descending on each) from
     * one of {@code indexes} (pinning the most of its keys), when those pinned keys are every field the query names (so
     * the walk reads only its matches) or {@code scanned} (no index narrows it: the walk reads no more than a scan
     * would); empty when none gives that order. A sparse unique index lacks the documents
     * without its keys, so only one that is not sparse, or a non-unique one (which keys every document), is walked.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Optional<IndexWalk> sortedBy(Collection<Index<Object>> indexes, Document query, Document orderBy,
                                        boolean scanned) {
        if (orderBy == null || orderBy.isEmpty() || !(orderBy.values().stream().allMatch(direction -> is(direction, 1))
                || orderBy.values().stream().allMatch(direction -> is(direction, -1)))) {
            return Optional.empty();
        }
        boolean backward = is(orderBy.values().iterator().next(), -1);
        IndexWalk best = null;
        int most = -1;
        for (Index<Object> index : indexes) {
            MVMap map = index instanceof BsonSecondaryIndex secondary ? secondary.entries()
                    : index instanceof BsonUniqueIndex unique && unique.keysEveryDocument() ? unique.positions() : null;
            int pinned = map == null ? -1 : pinnedBefore(index.getKeys(), PrefixPlan.pinnedLeadingValues(index, query), orderBy);
            if (pinned > most && (scanned || pinsEveryField(index.getKeys().subList(0, pinned), query))) {
                var values = PrefixPlan.pinnedLeadingValues(index, query).subList(0, pinned);
                var from = backward ? null : lowerBound(index, index.getKeys().get(pinned), values, query);
                best = new IndexWalk(map, values.isEmpty() ? null : new KeyValue(values).normalized(), from, index,
                        backward);
                most = pinned;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How many leading keys, pinned, come before the rest, which are exactly the sort's keys (so ties fall by position,
     * {@code _id}, as a scan meets them); -1 when no such split exists.
     */
    private static int pinnedBefore(List<IndexKey> keys, List<Object> pinned, Document orderBy) {
        var sorted = List.copyOf(orderBy.keySet());
        for (int p = pinned.size(); p >= 0; p--) {
            if (keys.subList(p, keys.size()).stream().map(IndexKey::getKey).toList().equals(sorted)) {
                return p;
            }
        }
        return -1;
    }

    /**
     * The pinned values followed by the plain value of a {@code $gt} or {@code $gte} the query sets on {@code next},
     * the first key after them (ascending), where no entry before can match, as MongoDB's index bounds; {@code null}
     * when it sets none, or when the index may key a document more than once: an array with an element before the
     * bound sorts at that element, before every entry the bound would start at.
     */
    private static KeyValue lowerBound(Index<Object> index, IndexKey next, List<Object> pinned, Document query) {
        boolean keyedOnce = index instanceof BsonSecondaryIndex secondary ? secondary.keysEachDocumentOnce()
                : index instanceof BsonUniqueIndex unique && unique.keysEachDocumentOnce();
        if (!keyedOnce || !next.isAscending() || !(query.get(next.getKey()) instanceof Document condition)) {
            return null;
        }
        var bound = condition.containsKey("$gt") ? condition.get("$gt") : condition.get("$gte");
        if (!PrefixPlan.isPlain(bound)) {
            return null;
        }
        var values = new ArrayList<>(pinned);
        values.add(bound);
        return new KeyValue(values).normalized();
    }

    /**
     * Whether {@code pinned} keys are every field {@code query} names: a field no walked key pins (one another index
     * narrows, as {@code find({orderId}).sort({_id: 1})}) would have the walk read every entry for a few matches.
     */
    private static boolean pinsEveryField(List<IndexKey> pinned, Document query) {
        return pinned.stream().map(IndexKey::getKey).collect(Collectors.toSet()).containsAll(query.keySet());
    }

    private static boolean is(Object direction, int wanted) {
        return direction instanceof Number number && number.intValue() == wanted;
    }

    /**
     * Where the walk starts: at its lower bound, else the first entry with the prefix, or the first of the map
     * ({@code null}, no prefix).
     */
    Object start() {
        return from != null ? from : prefix;
    }

    /** Whether an entry's key still belongs to the walk (it has the pinned prefix). */
    boolean within(Object key) {
        return prefix == null || KeyValueType.startsWith((KeyValue) key, prefix);
    }

    /** The document an entry names: at its key (own map), its key's last value (non-unique index), else its value. */
    Document document(Object key, Function<Object, Document> byPosition) {
        var position = index == null ? key : index instanceof BsonSecondaryIndex ? SecondaryEntries.positionOf(key)
                : entries.get(key);
        return position == null ? null : byPosition.apply(position);
    }

    /**
     * Whether this entry is where the walk yields its document: at the smallest of the document's keys within the
     * prefix (the largest, backward), so a document keyed more than once (an array in an indexed field) comes once,
     * where a sort on its smallest (largest) element puts it; a document whose keys changed since the entry was read
     * comes at its new place.
     */
    boolean yieldsAt(Object key, Document document) {
        if (index == null) {
            return true;
        }
        var own = index instanceof BsonSecondaryIndex ? SecondaryEntries.keyOf(key) : (KeyValue) key;
        var type = new KeyValueType();
        var candidates = index.getKeyValues(document).stream().map(KeyValue::normalized).filter(this::within);
        return (backward ? candidates.max(type::compare) : candidates.min(type::compare))
                .map(first -> type.compare(first, own) == 0).orElse(true);
    }
}
