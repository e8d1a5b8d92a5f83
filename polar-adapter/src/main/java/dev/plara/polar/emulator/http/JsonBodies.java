package dev.plara.polar.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a JSON object body, refusing anything else as Polar does (422 {@code json_invalid}). */
public final class JsonBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {
    }

    public static JsonNode object(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException notJson) {
            // answered below, as Polar does
        }
        throw ApiError.invalid(List.of("body"), "JSON decode error", "json_invalid",
                new String(body, StandardCharsets.UTF_8));
    }

    /** A text field, or {@code null} when absent, null or blank. */
    public static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
