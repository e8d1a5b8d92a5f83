package dev.plara.polar.client;

import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.model.PolarWebhookEndpoint;
import dev.plara.polar.testing.EmulatorWorld;
import dev.plara.polar.testing.WebhookReceiver;
import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.SignatureCheck;
import dev.plara.polar.webhook.WebhookVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Webhook endpoints made through Polar's API, and what a token without a scope may not do. */
class WebhookEndpointsAgainstEmulatorTest {

    private EmulatorWorld world;
    private PolarClient client;

    @BeforeEach
    void start() {
        world = EmulatorWorld.start();
        client = world.client();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void anEndpointMadeThroughTheApiReceivesItsEventsSignedWithTheSecretPolarMade() throws Exception {
        try (WebhookReceiver other = new WebhookReceiver()) {
            PolarWebhookEndpoint endpoint = client.webhooks().createEndpoint(WebhookEndpointCreate.raw(
                    other.url().toString(), List.of("order.paid")));
            assertThat(endpoint.secret()).startsWith("whsec_");
            assertThat(endpoint.enabled()).isTrue();
            assertThat(client.webhooks().listEndpoints()).extracting(PolarWebhookEndpoint::id)
                    .contains(endpoint.id()).hasSize(2);

            world.buy("alice", "10 USD credit pack");

            WebhookReceiver.Delivery delivery = other.next(EmulatorWorld.WAIT);
            assertThat(delivery.type()).isEqualTo("order.paid");
            assertThat(new WebhookVerifier(endpoint.secret(), EnumSet.of(KeyDerivation.STANDARD), Clock.systemUTC())
                    .verify(delivery.headers(), delivery.body())).isInstanceOf(SignatureCheck.Valid.class);
            assertThat(other.drain(Duration.ofMillis(300))).as("only the events it listens to").isEmpty();

            assertThat(client.webhooks().updateEndpoint(endpoint.id(), WebhookEndpointUpdate.enabled(false))
                    .enabled()).isFalse();
            world.buy("bob", "10 USD credit pack");
            assertThat(other.drain(Duration.ofMillis(300))).as("a disabled endpoint receives nothing").isEmpty();

            client.webhooks().deleteEndpoint(endpoint.id());
            assertThatThrownBy(() -> client.webhooks().getEndpoint(endpoint.id()))
                    .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.isNotFound()).isTrue());
        }
    }

    @Test
    void aTokenWithoutTheScopeIsRefusedWith403AndReadsWhatItMay() {
        try (EmulatorWorld limited = new EmulatorWorld(EmulatorConfig.forTests()
                .withTokenScopes(Set.of("products:read", "webhooks:read")))) {
            assertThat(limited.client().listProducts(false)).isNotEmpty();
            assertThat(limited.client().webhooks().listEndpoints()).hasSize(1);
            assertThatThrownBy(() -> limited.client().webhooks().createEndpoint(WebhookEndpointCreate.raw(
                    "https://plara.dev/api/webhooks/polar", List.of("order.paid"))))
                    .isInstanceOfSatisfying(PolarApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(403);
                        assertThat(e.errorType()).isEqualTo("insufficient_scope");
                        assertThat(e.detail()).contains("higher privileges");
                    });
            assertThatThrownBy(() -> limited.client().organizations().list())
                    .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.status()).isEqualTo(403));
            assertThat(limited.client().webhooks().listEndpoints()).hasSize(1);
        }
    }

    @Test
    void anEndpointIsRefusedWithoutAValidUrlFormatOrEventType() {
        assertThatThrownBy(() -> client.webhooks().createEndpoint(WebhookEndpointCreate.raw("ftp://plara.dev",
                List.of("order.paid")))).isInstanceOfSatisfying(PolarApiException.class,
                e -> assertThat(e.validationErrors().get(0).loc()).containsExactly("body", "url"));
        assertThatThrownBy(() -> client.webhooks().createEndpoint(WebhookEndpointCreate.raw("https://plara.dev",
                List.of("order.shipped")))).isInstanceOfSatisfying(PolarApiException.class,
                e -> assertThat(e.validationErrors().get(0).loc()).containsExactly("body", "events", "0"));
        assertThatThrownBy(() -> client.webhooks().createEndpoint(new WebhookEndpointCreate("https://plara.dev",
                "xml", List.of(), null))).isInstanceOf(PolarApiException.class);
    }
}
