package dev.plara.polar.client;

import dev.plara.polar.model.PolarWebhookDelivery;
import dev.plara.polar.model.PolarWebhookEndpoint;

import java.util.List;

/**
 * Polar's webhook endpoints (list, read, create, update, delete), the record of their deliveries, and the
 * redelivery of one event. Changes are not retried after a 5xx or a timeout.
 */
public final class WebhooksClient {

    private static final String ENDPOINTS = "/v1/webhooks/endpoints";

    private final Listings listings;

    WebhooksClient(Listings listings) {
        this.listings = listings;
    }

    public List<PolarWebhookEndpoint> listEndpoints() {
        return listings.all(ENDPOINTS, new QueryString(), PolarWebhookEndpoint.class);
    }

    public PolarWebhookEndpoint getEndpoint(String endpointId) {
        return listings.get(endpoint(endpointId), PolarWebhookEndpoint.class);
    }

    public PolarWebhookEndpoint createEndpoint(WebhookEndpointCreate endpoint) {
        return listings.http().once("POST", ENDPOINTS, endpoint, listings.type(PolarWebhookEndpoint.class));
    }

    public PolarWebhookEndpoint updateEndpoint(String endpointId, WebhookEndpointUpdate update) {
        return listings.http().once("PATCH", endpoint(endpointId), update, listings.type(PolarWebhookEndpoint.class));
    }

    public void deleteEndpoint(String endpointId) {
        listings.http().once("DELETE", endpoint(endpointId), null, null);
    }

    /** Delivery attempts, newest first, each with its event. */
    public List<PolarWebhookDelivery> listDeliveries(DeliveryQuery query) {
        return listings.all("/v1/webhooks/deliveries", query.toQuery(), PolarWebhookDelivery.class);
    }

    /** Asks Polar to send the event with this id (a delivery's {@code webhook_event.id}) again; Polar answers 202. */
    public void redeliver(String eventId) {
        listings.http().once("POST", "/v1/webhooks/events/" + Listings.segment(eventId) + "/redeliver", null, null);
    }

    private static String endpoint(String endpointId) {
        return ENDPOINTS + "/" + Listings.segment(endpointId);
    }
}
