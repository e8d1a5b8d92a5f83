package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.model.PolarJson;

import java.time.Instant;
import java.util.Map;

/** Small helpers for writing Polar JSON by hand, field by field, in the spec's exact names. */
final class JsonNodes {

    static final ObjectMapper MAPPER = new ObjectMapper();
    /** For the control API's own records (snake_case, ISO instants). */
    static final ObjectMapper RECORDS = PolarJson.mapper();

    private JsonNodes() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** ISO-8601 in UTC, or {@code null}. */
    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static ObjectNode metadata(Map<String, Object> metadata) {
        return MAPPER.valueToTree(metadata);
    }

    /** Sets each of {@code names} to JSON {@code null}. */
    static ObjectNode nulls(ObjectNode node, String... names) {
        for (String name : names) {
            node.putNull(name);
        }
        return node;
    }
}
