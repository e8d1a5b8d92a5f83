package dev.plara.polar.emulator.api;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.http.Params;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A listing's query, read as Polar reads it: a filter matches any of its repeated values; booleans and datetimes
 * that do not parse are a 422; {@code sorting} takes field names, {@code -} first for descending.
 */
final class Filters<T> {

    private final Params query;
    private Predicate<T> filter = row -> true;

    Filters(Params query) {
        this.query = query;
    }

    /** Keeps rows whose {@code field} is one of the values of parameter {@code name}, when given. */
    Filters<T> anyOf(String name, Function<T, String> field) {
        List<String> wanted = query.all(name);
        if (wanted != null) {
            filter = filter.and(row -> {
                String value = field.apply(row);
                return value != null && wanted.contains(value);
            });
        }
        return this;
    }

    /** Keeps rows for which {@code test} holds as parameter {@code name} ({@code true|false}) says, when given. */
    Filters<T> flag(String name, Predicate<T> test) {
        return flag(name, test, test.negate());
    }

    /** Keeps rows passing {@code whenTrue} or {@code whenFalse} as parameter {@code name} says, when given. */
    Filters<T> flag(String name, Predicate<T> whenTrue, Predicate<T> whenFalse) {
        String raw = query.first(name);
        if (raw == null) {
            return this;
        }
        if (!"true".equals(raw) && !"false".equals(raw)) {
            throw ApiError.invalid(List.of("query", name), "Input should be a valid boolean", "bool_parsing", raw);
        }
        filter = filter.and(Boolean.parseBoolean(raw) ? whenTrue : whenFalse);
        return this;
    }

    /** Keeps rows whose {@code field} is after (or, with {@code before}, before) the instant in parameter {@code name}. */
    Filters<T> time(String name, Function<T, Instant> field, boolean before) {
        String raw = query.first(name);
        if (raw == null) {
            return this;
        }
        try {
            Instant bound = Instant.parse(raw);
            filter = filter.and(row -> field.apply(row) != null
                    && (before ? !field.apply(row).isAfter(bound) : field.apply(row).isAfter(bound)));
            return this;
        } catch (DateTimeParseException e) {
            throw ApiError.invalid(List.of("query", name), "Input should be a valid datetime",
                    "datetime_from_date_parsing", raw);
        }
    }

    Filters<T> where(Predicate<T> test) {
        filter = filter.and(test);
        return this;
    }

    /** The rows that pass, ordered by {@code sorting} (one of {@code orders}' keys) or by {@code fallback}. */
    List<T> apply(List<T> rows, Map<String, Comparator<T>> orders, String fallback) {
        List<String> sorting = query.all("sorting");
        Comparator<T> order = null;
        for (String key : sorting == null ? List.of(fallback) : sorting) {
            boolean descending = key.startsWith("-");
            Comparator<T> one = orders.get(descending ? key.substring(1) : key);
            if (one == null) {
                throw ApiError.invalid(List.of("query", "sorting"), "Input should be one of "
                        + orders.keySet(), "enum", key);
            }
            one = descending ? one.reversed() : one;
            order = order == null ? one : order.thenComparing(one);
        }
        return rows.stream().filter(filter).sorted(order).toList();
    }
}
