package dev.plara.polar.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The parameters of a URL query or a form body, each name with all its values in order. */
public final class Params {

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Reads {@code a=1&b=2&a=3} (URL-encoded); {@code null} or empty gives no parameter. */
    public static Params parse(String encoded) {
        Map<String, List<String>> values = new HashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        return new Params(values);
    }

    /** The first value of {@code name}, or {@code null}. */
    public String first(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    /** Every value of {@code name}; {@code null} when the parameter is absent (no filter). */
    public List<String> all(String name) {
        List<String> all = values.get(name);
        return all == null ? null : List.copyOf(all);
    }
}
