package dev.plara.polar.client;

import java.util.List;

/** The body of {@code PATCH /v1/webhooks/endpoints/{id}}: only the fields given change. */
public record WebhookEndpointUpdate(String url, String format, List<String> events, Boolean enabled, String name) {

    public WebhookEndpointUpdate {
        events = events == null ? null : List.copyOf(events);
    }

    public static WebhookEndpointUpdate enabled(boolean value) {
        return new WebhookEndpointUpdate(null, null, null, value, null);
    }

    public static WebhookEndpointUpdate events(List<String> value) {
        return new WebhookEndpointUpdate(null, null, value, null, null);
    }
}
