package dev.plara.polar.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds a URL query, leaving out {@code null} values and encoding the rest. */
final class QueryString {

    private final List<String> pairs = new ArrayList<>();

    QueryString add(String name, String value) {
        if (value != null) {
            pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return this;
    }

    /** One {@code name=value} pair per value, as Polar reads a filter of several values; none when {@code null}. */
    QueryString addAll(String name, List<String> values) {
        if (values != null) {
            values.forEach(value -> add(name, value));
        }
        return this;
    }

    QueryString add(String name, Object value) {
        return add(name, value == null ? null : String.valueOf(value));
    }

    QueryString copy() {
        QueryString copy = new QueryString();
        copy.pairs.addAll(pairs);
        return copy;
    }

    /** The path followed by {@code ?query}, or the bare path when there is no parameter. */
    String after(String path) {
        return pairs.isEmpty() ? path : path + "?" + String.join("&", pairs);
    }
}
