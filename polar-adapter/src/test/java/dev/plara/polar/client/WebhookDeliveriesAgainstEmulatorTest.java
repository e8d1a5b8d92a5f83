package dev.plara.polar.client;

import dev.plara.polar.model.PolarWebhookDelivery;
import dev.plara.polar.model.PolarWebhookEndpoint;
import dev.plara.polar.testing.EmulatorWorld;
import dev.plara.polar.testing.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Polar's record of webhook deliveries, read back to find what failed, the redelivery of an event, and the endpoint
 * Polar disables after its 10 most recent events failed for good.
 */
class WebhookDeliveriesAgainstEmulatorTest {

    private EmulatorWorld world;
    private WebhookReceiver failing;
    private PolarWebhookEndpoint endpoint;
    private WebhooksClient webhooks;

    @BeforeEach
    void start() {
        world = EmulatorWorld.start();
        failing = new WebhookReceiver();
        failing.answer(500);
        webhooks = world.client().webhooks();
        endpoint = webhooks.createEndpoint(WebhookEndpointCreate.raw(failing.url().toString(),
                List.of("order.paid", "order.refunded")));
    }

    @AfterEach
    void stop() {
        world.close();
        failing.close();
    }

    private List<PolarWebhookDelivery> failedOrderPaid() {
        return webhooks.listDeliveries(DeliveryQuery.all().withEndpointId(endpoint.id()).withSucceeded(false)
                .withEventTypes(List.of("order.paid")).withHttpCodeClass("5xx"));
    }

    @Test
    void failedDeliveriesAreListedWithTheirEventAndAnEventIsRedelivered() throws Exception {
        Instant before = world.emulator().controls().now();
        world.buy("alice", "10 USD credit pack");
        await().atMost(Duration.ofSeconds(10)).until(() -> failedOrderPaid().size() == 10);

        List<PolarWebhookDelivery> failed = failedOrderPaid();
        PolarWebhookDelivery.Event event = failed.get(0).webhookEvent();
        assertThat(failed).allSatisfy(delivery -> {
            assertThat(delivery.httpCode()).isEqualTo(500);
            assertThat(delivery.webhookEvent().id()).isEqualTo(event.id());
        });
        assertThat(event.type()).isEqualTo("order.paid");
        assertThat(event.succeeded()).as("every retry failed").isFalse();
        assertThat(event.payload()).contains("\"type\":\"order.paid\"");
        assertThat(webhooks.listDeliveries(DeliveryQuery.all().between(before.minusSeconds(60), before))).isEmpty();
        assertThat(webhooks.listDeliveries(DeliveryQuery.all().withHttpCodeClass("2xx")
                .withEndpointId(endpoint.id()))).isEmpty();

        failing.answer(204);
        webhooks.redeliver(event.id());

        await().atMost(Duration.ofSeconds(5)).until(() -> failing.everything().stream()
                .filter(delivery -> delivery.headers().id().equals(event.id())).count() == 11);
        await().atMost(Duration.ofSeconds(5)).until(() -> !webhooks.listDeliveries(DeliveryQuery.all()
                .withSucceeded(true).withEndpointId(endpoint.id())).isEmpty());
        assertThat(webhooks.listDeliveries(DeliveryQuery.all().withSucceeded(true).withEndpointId(endpoint.id())))
                .singleElement().satisfies(delivery -> assertThat(delivery.webhookEvent().succeeded()).isTrue());
        assertThatThrownBy(() -> webhooks.redeliver("0a0b7a9e-1111-4222-8333-444455556666"))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    @Test
    void anEndpointWhoseTenMostRecentEventsFailedForGoodIsDisabledAndItsLaterEventsSkipped() {
        for (int i = 0; i < 10; i++) {
            world.buy("user-" + i, "10 USD credit pack");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> !webhooks.getEndpoint(endpoint.id()).enabled());

        world.buy("late", "10 USD credit pack");

        List<WebhookReceiver.Delivery> seen = failing.everything();
        assertThat(seen).hasSize(100);
        assertThat(webhooks.listDeliveries(DeliveryQuery.all().withEndpointId(endpoint.id()))).hasSize(100);
        assertThat(webhooks.updateEndpoint(endpoint.id(), WebhookEndpointUpdate.enabled(true)).enabled()).isTrue();
    }

    @Test
    void theControlSwitchDisablesAnEndpoint() throws Exception {
        var answer = world.api("POST", "/_emulator/webhooks/" + endpoint.id() + "/disable", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(webhooks.getEndpoint(endpoint.id()).enabled()).isFalse();
        world.buy("alice", "10 USD credit pack");
        assertThat(failing.drain(Duration.ofMillis(300))).isEmpty();
    }
}
