package dev.plara.http.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem: its type, a detail for humans, and extension members (for example the balance and price of
 * an unaffordable purchase) with snake_case names.
 */
public record Problem(ProblemType type, String detail, Map<String, Object> extensions) {

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
        extensions = Map.copyOf(extensions);
    }

    public Problem(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    /** The same problem with one more extension member. */
    public Problem with(String member, Object value) {
        var more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, detail, more);
    }

    public int status() {
        return type.status();
    }

    /** The JSON body: {@code type}, {@code title}, {@code status}, {@code detail}, then the extension members. */
    public Map<String, Object> body() {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", type.uri());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", detail);
        body.putAll(extensions);
        return body;
    }
}
