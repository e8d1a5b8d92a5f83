package dev.plara.http.jwt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The claims of a verified token, read by name or by dotted path (see {@link ClaimNames}). */
public final class HostClaims {

    private final Map<String, Object> claims;

    HostClaims(Map<String, Object> claims) {
        this.claims = Collections.unmodifiableMap(new HashMap<>(claims));
    }

    /** The claim's text, or empty when it is missing or not a string. */
    public Optional<String> text(String claim) {
        return value(claim).filter(String.class::isInstance).map(String.class::cast);
    }

    /**
     * The claim as a list of strings: a missing or null claim is an empty list and a single string a list of one;
     * anything else (a number, an object, a list holding something other than strings) is empty, as unusable.
     */
    public Optional<List<String>> texts(String claim) {
        var value = value(claim);
        if (value.isEmpty()) {
            return Optional.of(List.of());
        }
        if (value.get() instanceof String single) {
            return Optional.of(List.of(single));
        }
        if (!(value.get() instanceof List<?> items)) {
            return Optional.empty();
        }
        var texts = new ArrayList<String>();
        for (Object item : items) {
            if (!(item instanceof String text)) {
                return Optional.empty();
            }
            texts.add(text);
        }
        return Optional.of(texts);
    }

    private Optional<Object> value(String claim) {
        if (claims.containsKey(claim)) {
            return Optional.ofNullable(claims.get(claim));
        }
        Object current = claims;
        for (String step : claim.split("\\.")) {
            if (!(current instanceof Map<?, ?> object) || !object.containsKey(step)) {
                return Optional.empty();
            }
            current = object.get(step);
        }
        return Optional.ofNullable(current);
    }
}
