package dev.plara.store;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * How a query is answered through a non-unique index: the index whose leading keys the query pins to plain values,
 * then maybe names the next one's possible plain values with {@code $in} ({@code alternatives}) or bounds it
 * ({@code range}, {@link KeyRange}), constraining the most keys, and those values. Without alternatives its positions
 * come in the index's order, which is the order a sort on exactly the index's remaining keys, all ascending, asks for.
 * A unique index is planned by {@link UniquePositions}.
 */
record PrefixPlan(BsonSecondaryIndex index, List<Object> pinned, List<Object> alternatives, KeyRange range) {

    /** The plan for {@code query} among {@code indexes}; empty when no non-unique index has its first key constrained. */
    static Optional<PrefixPlan> choose(Collection<Index<Object>> indexes, Document query) {
        PrefixPlan best = null;
        for (Index<Object> index : indexes) {
            if (index instanceof BsonSecondaryIndex secondary) {
                var plan = of(secondary, query);
                if (plan.keys() > 0 && (best == null || plan.keys() > best.keys())) {
                    best = plan;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static PrefixPlan of(BsonSecondaryIndex index, Document query) {
        var pinned = pinnedLeadingValues(index, query);
        var next = pinned.size() < index.getKeys().size() ? query.get(index.getKeys().get(pinned.size()).getKey()) : null;
        var alternatives = plainValuesIn(next);
        return new PrefixPlan(index, pinned, alternatives,
                alternatives == null ? KeyRange.of(next, index.keysEachDocumentOnce()) : null);
    }

    /** The values of {@code {$in: [...]}} when it is that alone and all of them are plain; else {@code null}. */
    static List<Object> plainValuesIn(Object condition) {
        if (condition instanceof Document operator && operator.size() == 1
                && operator.get("$in") instanceof Collection<?> values && values.stream().allMatch(PrefixPlan::isPlain)) {
            return List.copyOf(values);
        }
        return null;
    }

    /** How many of the index's keys the plan constrains. */
    private int keys() {
        return pinned.size() + (alternatives == null && range == null ? 0 : 1);
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

    /**
     * The positions of the documents the pinned values (and each alternative) name, a document once per key; in the
     * index's order when there are no alternatives.
     */
    Stream<Object> positions() {
        if (alternatives == null) {
            return positionsWithPrefix(pinned.isEmpty() ? null : new KeyValue(pinned).normalized());
        }
        return alternatives.stream().flatMap(value -> {
            var prefix = new ArrayList<>(pinned);
            prefix.add(value);
            return positionsWithPrefix(new KeyValue(prefix).normalized());
        });
    }

    /**
     * The positions of the documents whose first {@code prefix.size()} index values are these (normalized) ones (any,
     * when {@code null}), and whose next one is within the range when there is one, in the index's order, read as they
     * are consumed.
     */
    private Stream<Object> positionsWithPrefix(KeyValue prefix) {
        var from = prefix;
        if (range != null && range.lower() != null) {
            var values = new ArrayList<>(pinned);
            values.add(range.lower());
            from = new KeyValue(values).normalized();
        }
        var cursor = index.entries().cursor(from);
        int ranged = pinned.size();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED), false)
                .takeWhile(key -> (prefix == null || KeyValueType.startsWith(key, prefix))
                        && (range == null || range.notPast(key.get(ranged))))
                .map(SecondaryEntries::positionOf);
    }

    /**
     * Whether the index's order is {@code orderBy}'s: it sorts on exactly the unpinned keys, in order, ascending, and
     * no document the plan yields sorts before where it meets it: a lower bound skips the entries of an array's
     * elements below it, where an ascending sort puts the document, unless the index keys each document once.
     */
    boolean ordersAs(Document orderBy) {
        if (alternatives != null || range != null && range.lower() != null && !index.keysEachDocumentOnce()) {
            return false;
        }
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

    /**
     * A value equality on it can only mean "equal to this": no operator, sub-document, array or null (a date comes from
     * the wire as an {@code Instant}).
     */
    static boolean isPlain(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Date
                || value instanceof Instant || value instanceof ObjectId || value instanceof UUID;
    }
}
