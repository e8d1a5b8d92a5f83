package dev.plara.polar.emulator.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.state.DeliveryState;
import dev.plara.polar.emulator.state.EndpointState;
import dev.plara.polar.emulator.state.WebhookEventState;

/** Webhook endpoints, events and deliveries in the spec's {@code WebhookEndpoint} and {@code WebhookDelivery} shapes. */
final class WebhookJson {

    private WebhookJson() {
    }

    static ObjectNode endpoint(EndpointState endpoint, String organizationId) {
        ObjectNode node = JsonNodes.object()
                .put("created_at", JsonNodes.time(endpoint.createdAt()))
                .put("modified_at", JsonNodes.time(endpoint.modifiedAt()))
                .put("id", endpoint.id())
                .put("url", endpoint.url())
                .put("name", endpoint.name())
                .put("format", endpoint.format())
                .put("secret", endpoint.secret())
                .put("organization_id", organizationId)
                .put("enabled", endpoint.enabled());
        node.set("events", JsonNodes.MAPPER.valueToTree(endpoint.events()));
        return node;
    }

    static ObjectNode delivery(DeliveryState delivery, WebhookEventState event) {
        ObjectNode node = JsonNodes.object()
                .put("created_at", JsonNodes.time(delivery.createdAt()))
                .put("modified_at", JsonNodes.time(delivery.createdAt()))
                .put("id", delivery.id())
                .put("succeeded", delivery.succeeded())
                .put("response", delivery.response());
        if (delivery.httpCode() == 0) {
            node.putNull("http_code");
        } else {
            node.put("http_code", delivery.httpCode());
        }
        node.set("webhook_event", event(event));
        return node;
    }

    static ObjectNode event(WebhookEventState event) {
        return JsonNodes.object()
                .put("created_at", JsonNodes.time(event.createdAt()))
                .put("modified_at", JsonNodes.time(event.modifiedAt()))
                .put("id", event.id())
                .put("last_http_code", event.lastHttpCode())
                .put("succeeded", event.succeeded())
                .put("skipped", event.skipped())
                .put("payload", event.payload())
                .put("type", event.type())
                .put("is_archived", false);
    }
}
