package dev.plara.polar.emulator.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.http.Params;
import dev.plara.polar.emulator.json.JsonNodes;

import java.util.List;

/** Polar's paging: {@code page} from 1, {@code limit} 1-100 (default 10), {@code pagination.max_page}. */
final class Paging {

    private static final int DEFAULT_LIMIT = 10;
    private static final int MAX_LIMIT = 100;

    private Paging() {
    }

    /** The page the query asks for, as a {@code ListResource}. */
    static ApiResponse page(List<ObjectNode> all, Params query) {
        int page = positive(query, "page", 1, Integer.MAX_VALUE);
        int limit = positive(query, "limit", DEFAULT_LIMIT, MAX_LIMIT);
        ArrayNode items = JsonNodes.array();
        long from = (long) (page - 1) * limit;
        all.stream().skip(from).limit(limit).forEach(items::add);
        ObjectNode body = JsonNodes.object();
        body.set("items", items);
        body.set("pagination", JsonNodes.object()
                .put("total_count", all.size())
                .put("max_page", (all.size() + limit - 1) / limit));
        return ApiResponse.ok(body);
    }

    private static int positive(Params query, String name, int fallback, int max) {
        String raw = query.first(name);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value > 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException notNumber) {
            // answered below
        }
        throw ApiError.invalid(List.of("query", name), "Input should be between 1 and " + max, "int_parsing", raw);
    }
}
