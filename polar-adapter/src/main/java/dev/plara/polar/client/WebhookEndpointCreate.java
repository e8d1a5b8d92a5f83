package dev.plara.polar.client;

import java.util.List;
import java.util.Objects;

/** The body of {@code POST /v1/webhooks/endpoints}; Polar makes the secret and answers it. */
public record WebhookEndpointCreate(String url, String format, List<String> events, String name) {

    public WebhookEndpointCreate {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
        events = List.copyOf(events);
    }

    /** A {@code raw} endpoint for {@code events}. */
    public static WebhookEndpointCreate raw(String url, List<String> events) {
        return new WebhookEndpointCreate(url, "raw", events, null);
    }
}
