package dev.plara.polar.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.http.JsonBodies;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.EndpointState;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Webhook endpoints, registered through Polar's API ({@code url}, {@code format}, {@code events}; Polar makes the
 * secret, a standard {@code whsec_} one) or through the emulator's control API (a given secret, every event type).
 * Deleting one stops its deliveries; disabling one records its events as skipped.
 */
public final class WebhookEndpoints {

    private static final Set<String> FORMATS = Set.of("raw", "discord", "slack");

    private final EmulatorStore store;

    public WebhookEndpoints(EmulatorStore store) {
        this.store = store;
    }

    /** {@code WebhookEndpointCreate}. */
    public EndpointState create(JsonNode body) {
        String url = url(body.path("url"));
        String format = format(body.path("format"), null);
        List<String> events = events(body.path("events"));
        Instant now = store.clock().instant();
        return store.endpoints().save(new EndpointState(RandomIds.uuid(), now, null, url,
                JsonBodies.text(body.path("name")), format, RandomIds.webhookSecret(), "standard", events, true));
    }

    /** An endpoint for every event type, with a secret of the caller's and its key derivation. */
    public EndpointState register(URI url, String secret, String keyDerivation) {
        Instant now = store.clock().instant();
        return store.endpoints().save(new EndpointState(RandomIds.uuid(), now, null, url.toString(), null, "raw",
                secret, keyDerivation, WebhookEventTypes.ALL, true));
    }

    /** {@code WebhookEndpointUpdate}: the fields given change; {@code enabled: true} enables it again. */
    public EndpointState update(String id, JsonNode body) {
        return store.atomically(() -> {
            EndpointState current = find(id);
            String url = body.hasNonNull("url") ? url(body.path("url")) : current.url();
            String name = body.has("name") ? JsonBodies.text(body.path("name")) : current.name();
            String format = format(body.path("format"), current.format());
            List<String> events = body.hasNonNull("events") ? events(body.path("events")) : current.events();
            boolean enabled = body.hasNonNull("enabled") ? body.path("enabled").asBoolean() : current.enabled();
            return store.endpoints().save(current.updated(url, name, format, events, enabled,
                    store.clock().instant()));
        });
    }

    public EndpointState disable(String id) {
        return store.atomically(() -> store.endpoints().save(find(id).disabled(store.clock().instant())));
    }

    public void delete(String id) {
        store.endpoints().delete(find(id).id());
    }

    public EndpointState find(String id) {
        return store.endpoints().find(id).orElseThrow(ApiError::notFound);
    }

    private static String url(JsonNode node) {
        String url = JsonBodies.text(node);
        boolean web = url != null && (url.startsWith("https://") || url.startsWith("http://"));
        if (!web || url.length() > 2083) {
            throw ApiError.invalid(List.of("body", "url"), "Input should be a valid URL", "url_parsing", url);
        }
        return url;
    }

    private static String format(JsonNode node, String current) {
        String format = JsonBodies.text(node);
        if (format == null && current != null) {
            return current;
        }
        if (!FORMATS.contains(String.valueOf(format))) {
            throw ApiError.invalid(List.of("body", "format"), "Input should be 'raw', 'discord' or 'slack'", "enum",
                    format);
        }
        return format;
    }

    private static List<String> events(JsonNode node) {
        if (!node.isArray()) {
            throw ApiError.invalid(List.of("body", "events"), "Input should be a valid list", "list_type", node);
        }
        List<String> events = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String type = node.get(i).asText();
            if (!WebhookEventTypes.ALL.contains(type)) {
                throw ApiError.invalid(List.of("body", "events", i), "Input should be a webhook event type", "enum",
                        type);
            }
            events.add(type);
        }
        return events;
    }
}
