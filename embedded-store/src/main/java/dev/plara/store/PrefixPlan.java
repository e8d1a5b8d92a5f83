package dev.plara.store;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * How a query is answered through a non-unique index: the index whose leading keys the query pins to plain values (the
 * most of them), and those values. Its positions come in the index's order, which is the order a sort on exactly the
 * index's remaining keys, all ascending, asks for.
 */
record PrefixPlan(BsonSecondaryIndex index, List<Object> pinned) {

    /** The plan for {@code query} among {@code indexes}; empty when no non-unique index has its first key pinned. */
    static Optional<PrefixPlan> choose(Collection<Index<Object>> indexes, Document query) {
        PrefixPlan best = null;
        for (Index<Object> index : indexes) {
            if (index instanceof BsonSecondaryIndex secondary) {
                var values = pinnedLeadingValues(secondary, query);
                if (!values.isEmpty() && (best == null || values.size() > best.pinned.size())) {
                    best = new PrefixPlan(secondary, values);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The values {@code query} pins the leading keys of {@code index} to, up to the first key it does not pin. */
    static List<Object> pinnedLeadingValues(Index<Object> index, Document query) {
        var values = new ArrayList<>();
        for (IndexKey key : index.getKeys()) {
            var value = query.get(key.getKey());
            if (!isPlain(value)) {
                break;
            }
            values.add(value);
        }
        return values;
    }

    /** The positions of the documents the pinned values name, in the index's order (a document once per key). */
    Stream<Object> positions() {
        return index.positionsWithPrefix(new KeyValue(pinned).normalized());
    }

    /** Whether the index's order is {@code orderBy}'s: it sorts on exactly the unpinned keys, in order, ascending. */
    boolean ordersAs(Document orderBy) {
        var rest = index.getKeys().subList(pinned.size(), index.getKeys().size());
        if (orderBy == null || orderBy.size() != rest.size() || rest.isEmpty()) {
            return false;
        }
        var sorted = new ArrayList<>(orderBy.entrySet());
        for (int i = 0; i < rest.size(); i++) {
            var key = rest.get(i);
            var sort = sorted.get(i);
            if (!key.isAscending() || !key.getKey().equals(sort.getKey())
                    || !(sort.getValue() instanceof Number direction && direction.intValue() == 1)) {
                return false;
            }
        }
        return true;
    }

    /** A value equality on it can only mean "equal to this": no operator, sub-document, array or null. */
    static boolean isPlain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Date
                || value instanceof ObjectId || value instanceof UUID;
    }
}
