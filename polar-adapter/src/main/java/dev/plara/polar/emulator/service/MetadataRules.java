package dev.plara.polar.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.emulator.http.ApiError;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Polar's limits on metadata: at most 50 keys of 1-40 characters; values strings of 1-500 characters, numbers or booleans. */
public final class MetadataRules {

    private static final int MAX_KEYS = 50;
    private static final int MAX_KEY_LENGTH = 40;
    private static final int MAX_TEXT_LENGTH = 500;

    private MetadataRules() {
    }

    public static Map<String, Object> check(JsonNode metadata) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (metadata.isMissingNode() || metadata.isNull()) {
            return values;
        }
        if (!metadata.isObject() || metadata.size() > MAX_KEYS) {
            throw ApiError.invalid(List.of("body", "metadata"), "Metadata is an object of at most 50 keys",
                    "dict_type", metadata);
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = metadata.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            values.put(checkKey(field.getKey()), checkValue(field.getKey(), field.getValue()));
        }
        return values;
    }

    private static String checkKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw ApiError.invalid(List.of("body", "metadata", key), "Keys are 1 to 40 characters",
                    "string_too_long", key);
        }
        return key;
    }

    private static Object checkValue(String key, JsonNode value) {
        if (value.isTextual() && !value.asText().isEmpty() && value.asText().length() <= MAX_TEXT_LENGTH) {
            return value.asText();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        throw ApiError.invalid(List.of("body", "metadata", key), "Values are strings of 1 to 500 characters, "
                + "numbers or booleans", "value_error", value);
    }
}
