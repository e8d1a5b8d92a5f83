package dev.plara.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

import java.util.List;

/**
 * The bounds a query sets on one key with {@code $gt}/{@code $gte} ({@code lower}) and {@code $lt}/{@code $lte}
 * ({@code upper}), each a plain value or {@code null} for none, taken inclusive: an index's entries between them hold
 * every document the condition can match (and maybe a few more, which the collection's match then refuses).
 */
record KeyRange(Object lower, Object upper) {

    /**
     * The range {@code condition} sets; {@code null} when it sets no plain bound. Both bounds only when the index keys
     * each document once ({@code keyedOnce}): an array matches {@code {$gt: 5, $lt: 10}} with 1 and 20, neither of
     * whose entries lies between them.
     */
    static KeyRange of(Object condition, boolean keyedOnce) {
        if (!(condition instanceof Document operators)) {
            return null;
        }
        var lower = bound(operators, "$gt", "$gte");
        var upper = bound(operators, "$lt", "$lte");
        if (lower != null && upper != null && !keyedOnce) {
            upper = null;
        }
        return lower == null && upper == null ? null : new KeyRange(lower, upper);
    }

    /** The one plain value of the two operators (as an index normalizes it); {@code null} when none or both are set. */
    private static Object bound(Document operators, String strict, String inclusive) {
        var value = operators.containsKey(strict) == operators.containsKey(inclusive) ? null
                : operators.containsKey(strict) ? operators.get(strict) : operators.get(inclusive);
        return PrefixPlan.isPlain(value) ? new KeyValue(List.of(value)).normalized().get(0) : null;
    }

    /** Whether the value an entry holds for the ranged key is not past the upper bound. */
    boolean notPast(Object value) {
        return upper == null || KeyValueType.compareValues(value, upper) <= 0;
    }
}
