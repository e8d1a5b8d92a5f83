package dev.plara.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** What the server answered, with shortcuts for JSON bodies and problems. */
record Reply(int status, HttpHeaders headers, byte[] body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            throw new UncheckedIOException("not JSON: " + text(), notJson);
        }
    }

    /** The slug of a problem answer: the last segment of its {@code type}. */
    String problem() {
        var type = json().path("type").asText();
        return type.substring(type.lastIndexOf('/') + 1);
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    List<String> cookies() {
        return headers.allValues("set-cookie");
    }

    Optional<String> cookie(String name) {
        return cookies().stream().filter(cookie -> cookie.startsWith(name + "="))
                .map(cookie -> cookie.substring(name.length() + 1, cookie.indexOf(';'))).findFirst();
    }

    @Override
    public String toString() {
        return status + " " + text();
    }
}
