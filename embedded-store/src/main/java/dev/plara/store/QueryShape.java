package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A query's shape: its fields and operators with every value written {@code ?} ({@code {status: ?, at: {$lte: ?}}}),
 * and its sort, so that queries differing only in their values read alike in a log and a count, and no value is shown.
 * An array of conditions ({@code $or}, {@code $and}) keeps its members' shapes; one of values is one {@code ?}; a
 * field path or variable of an expression ({@code "$at"}, {@code "$$NOW"}) is kept.
 */
final class QueryShape {

    private QueryShape() {
    }

    /** The shape of {@code query} sorted by {@code orderBy} (none when null or empty). */
    static String of(Document query, Document orderBy) {
        var shape = of(query);
        return orderBy == null || orderBy.isEmpty() ? shape : shape + " sort " + sort(orderBy);
    }

    private static String of(Object value) {
        if (value instanceof Document document) {
            return document.entrySet().stream().map(entry -> entry.getKey() + ": " + of(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Collection<?> values && values.stream().anyMatch(QueryShape::isShaped)) {
            return values.stream().map(QueryShape::of).collect(Collectors.joining(", ", "[", "]"));
        }
        return value instanceof String path && path.startsWith("$") ? path : "?";
    }

    private static boolean isShaped(Object value) {
        return value instanceof Document || value instanceof Collection<?> || value instanceof String path
                && path.startsWith("$");
    }

    private static String sort(Document orderBy) {
        return orderBy.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
