package dev.plara.polar.emulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.emulator.http.JsonBodies;
import dev.plara.polar.emulator.http.Params;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One API call as a route sees it: the values of its path's {@code {names}}, its query and its JSON body. Not shared
 * between threads: one per call.
 */
public final class ApiRequest {

    private final Map<String, String> path;
    private final Params query;
    private final Supplier<byte[]> body;
    private JsonNode json;

    public ApiRequest(Map<String, String> path, Params query, Supplier<byte[]> body) {
        this.path = Map.copyOf(path);
        this.query = query;
        this.body = body;
    }

    /** The path value under {@code name}, such as the {@code id} of {@code /v1/orders/{id}}. */
    public String path(String name) {
        return path.get(name);
    }

    public Params query() {
        return query;
    }

    /** The body, which must be a JSON object; read once, however often it is asked for. */
    public JsonNode json() {
        if (json == null) {
            json = JsonBodies.object(body.get());
        }
        return json;
    }
}
