package dev.plara.polar.emulator.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of the API: a method and a path template such as {@code /v1/orders/{id}}, the scope it needs (a read
 * is allowed by {@code <resource>:read} or {@code :write}, a write by {@code :write} alone), and what answers it.
 */
public record Route(String method, String template, String scope, boolean write, Handler handler) {

    /** Answers one call. */
    @FunctionalInterface
    public interface Handler {
        ApiResponse handle(ApiRequest request);
    }

    /** The path values when {@code path} fits this route's template, else empty. */
    public Optional<Map<String, String>> match(String requestMethod, String path) {
        String[] wanted = template.split("/", -1);
        String[] given = path.split("/", -1);
        if (!method.equals(requestMethod) || wanted.length != given.length) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < wanted.length; i++) {
            if (wanted[i].startsWith("{") && wanted[i].endsWith("}") && !given[i].isEmpty()) {
                values.put(wanted[i].substring(1, wanted[i].length() - 1), given[i]);
            } else if (!wanted[i].equals(given[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    /** Whether a token holding {@code scopes} may call this route. */
    public boolean allowedFor(Set<String> scopes) {
        return scopes.contains(scope + ":write") || (!write && scopes.contains(scope + ":read"));
    }
}
