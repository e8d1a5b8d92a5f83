package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A query's shape: its fields and operators with every value written {@code ?} ({@code {status: ?, at: {$lte: ?}}}),
 * and its sort, so that queries differing only in their values read alike in a log and a count, and no value is shown.
 * An array of conditions ({@code $or}, {@code $and}) keeps its members' shapes; one of values is one {@code ?}; a
 * field path or variable of an expression ({@code $expr}: {@code "$at"}, {@code "$$NOW"}) is kept, and only there.
 */
final class QueryShape {

    private QueryShape() {
    }

    /** The shape of {@code query} sorted by {@code orderBy} (none when null or empty). */
    static String of(Document query, Document orderBy) {
        var shape = of(query, false);
        return orderBy == null || orderBy.isEmpty() ? shape : shape + " sort " + sort(orderBy);
    }

    /** The shape of a value, within an expression ({@code $expr}: its field paths and variables kept) or not. */
    private static String of(Object value, boolean expression) {
        if (value instanceof Document document) {
            return document.entrySet().stream().map(entry -> entry.getKey() + ": "
                    + of(entry.getValue(), expression || "$expr".equals(entry.getKey())))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Collection<?> values && values.stream().anyMatch(member -> isShaped(member, expression))) {
            return values.stream().map(member -> of(member, expression)).collect(Collectors.joining(", ", "[", "]"));
        }
        return isShaped(value, expression) && value instanceof String path ? path : "?";
    }

    private static boolean isShaped(Object value, boolean expression) {
        return value instanceof Document || value instanceof Collection<?>
                || expression && value instanceof String path && path.startsWith("$");
    }

    private static String sort(Document orderBy) {
        return orderBy.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
