package dev.plara.polar;

import dev.plara.polar.client.DeliveryQuery;
import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.model.PolarWebhookDelivery;
import dev.plara.polar.model.PolarWebhookEndpoint;
import dev.plara.wallet.core.port.out.WebhookDeliveries;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plara's webhook endpoint at Polar ({@code GET /v1/webhooks/endpoints}, found by its URL) and the events Polar gave
 * up sending to it ({@code GET /v1/webhooks/deliveries?succeeded=false}, each event's {@code succeeded} false), sent
 * again with {@code POST /v1/webhooks/events/{id}/redeliver}, at most {@value #MAX_REDELIVERIES} a run.
 */
public final class PolarWebhookDeliveries implements WebhookDeliveries {

    static final int MAX_REDELIVERIES = 100;

    private final PolarClient client;
    private final Supplier<String> webhookUrl;

    /**
     * @param webhookUrl where Polar sends Plara's webhooks ({@code PUBLIC_BASE_URL/api/webhooks/polar}), read at each
     *                   check (a demo server learns its address once it listens)
     */
    public PolarWebhookDeliveries(PolarClient client, Supplier<String> webhookUrl) {
        this.client = Objects.requireNonNull(client, "client");
        this.webhookUrl = Objects.requireNonNull(webhookUrl, "webhook url");
    }

    @Override
    public EndpointCheck endpoint() {
        var address = webhookUrl.get();
        return ours().map(endpoint -> new EndpointCheck(endpoint.enabled() ? EndpointStatus.ENABLED
                        : EndpointStatus.DISABLED, address, endpoint.id()))
                .orElse(new EndpointCheck(EndpointStatus.MISSING, address, null));
    }

    @Override
    public int redeliverFailed(Instant since) {
        var endpoint = ours().orElse(null);
        if (endpoint == null) {
            return 0;
        }
        var events = ProviderCalls.call("list failed webhook deliveries", () -> client.webhooks().listDeliveries(
                        DeliveryQuery.all().withEndpointId(endpoint.id()).withSucceeded(false).between(since, null)))
                .stream().map(PolarWebhookDelivery::webhookEvent)
                .filter(event -> event != null && Boolean.FALSE.equals(event.succeeded()) && !event.skipped())
                .map(PolarWebhookDelivery.Event::id).distinct().limit(MAX_REDELIVERIES).toList();
        events.forEach(this::redeliver);
        return events.size();
    }

    private void redeliver(String eventId) {
        try {
            client.webhooks().redeliver(eventId);
        } catch (PolarApiException e) {
            throw ProviderCalls.fault("send webhook event " + eventId + " again", e);
        }
    }

    /** The endpoint at Plara's address, an enabled one first when there are several. */
    private Optional<PolarWebhookEndpoint> ours() {
        var address = webhookUrl.get();
        var endpoints = ProviderCalls.call("list webhook endpoints", () -> client.webhooks().listEndpoints()).stream()
                .filter(endpoint -> address.equals(endpoint.url())).toList();
        return endpoints.stream().filter(PolarWebhookEndpoint::enabled).findFirst()
                .or(() -> endpoints.stream().findFirst());
    }
}
