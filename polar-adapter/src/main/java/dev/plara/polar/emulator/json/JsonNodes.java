package dev.plara.polar.emulator.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Small helpers for writing Polar JSON by hand, field by field, in the spec's exact names. */
public final class JsonNodes {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonNodes() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static ArrayNode array(Collection<? extends com.fasterxml.jackson.databind.JsonNode> items) {
        ArrayNode array = array();
        items.forEach(array::add);
        return array;
    }

    /** ISO-8601 in UTC, or {@code null}. */
    public static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public static ObjectNode metadata(Map<String, Object> metadata) {
        return MAPPER.valueToTree(metadata);
    }

    /** Sets each of {@code names} to JSON {@code null}. */
    public static ObjectNode nulls(ObjectNode node, String... names) {
        for (String name : names) {
            node.putNull(name);
        }
        return node;
    }

    /** A stable UUID derived from {@code parts}, for ids the emulator does not store (order items, payments). */
    public static String derivedId(String... parts) {
        return UUID.nameUUIDFromBytes(String.join(":", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
