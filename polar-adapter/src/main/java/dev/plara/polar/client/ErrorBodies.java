package dev.plara.polar.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads Polar's error bodies ({@code {error, detail}}, a 422's {@code detail[]}, a 401's {@code error_description}). */
final class ErrorBodies {

    private static final int MAX_RAW_DETAIL = 300;

    private final ObjectMapper json;

    ErrorBodies(ObjectMapper json) {
        this.json = json;
    }

    PolarApiException toException(int status, byte[] body) {
        JsonNode node = parse(body);
        if (node == null || !node.isObject()) {
            return new PolarApiException(status, null, rawDetail(status, body), List.of());
        }
        String type = node.path("error").isTextual() ? node.path("error").asText() : null;
        JsonNode detail = node.path("detail");
        if (detail.isArray()) {
            List<PolarApiException.ValidationError> errors = validationErrors(detail);
            String summary = errors.stream().map(e -> String.join(".", e.loc()) + ": " + e.msg())
                    .reduce((a, b) -> a + "; " + b).orElse("invalid request");
            return new PolarApiException(status, type == null ? "RequestValidationError" : type, summary, errors);
        }
        String text = detail.isTextual() ? detail.asText() : node.path("error_description").asText(rawDetail(status, body));
        return new PolarApiException(status, type, text, List.of());
    }

    private List<PolarApiException.ValidationError> validationErrors(JsonNode detail) {
        List<PolarApiException.ValidationError> errors = new ArrayList<>();
        for (JsonNode item : detail) {
            List<String> loc = new ArrayList<>();
            item.path("loc").forEach(part -> loc.add(part.asText()));
            errors.add(new PolarApiException.ValidationError(loc, item.path("msg").asText(""),
                    item.path("type").asText("")));
        }
        return errors;
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String rawDetail(int status, byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return "HTTP " + status + " without a body";
        }
        return text.length() > MAX_RAW_DETAIL ? text.substring(0, MAX_RAW_DETAIL) + "..." : text;
    }
}
