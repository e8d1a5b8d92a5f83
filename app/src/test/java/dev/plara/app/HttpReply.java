package dev.plara.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** An HTTP answer as tests read it: the status, the headers and the body, as text or JSON. */
record HttpReply(int status, HttpHeaders headers, byte[] body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            throw new UncheckedIOException("not JSON (" + status + "): " + text(), notJson);
        }
    }

    /** The problem type's slug of a problem+json answer, such as {@code csrf-rejected}. */
    String problem() {
        var type = json().path("type").asText("");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
        var text = text();
        return status + " " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
}
