package dev.plara.polar.emulator;

import dev.plara.polar.client.DeliveryQuery;
import dev.plara.polar.client.OrderQuery;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.client.PriceInput;
import dev.plara.polar.client.ProductCreate;
import dev.plara.polar.client.RefundCreate;
import dev.plara.polar.client.SubscriptionQuery;
import dev.plara.polar.client.WebhookEndpointCreate;
import dev.plara.polar.client.WebhookEndpointUpdate;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarProduct;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.polar.testing.EmulatorWorld;
import dev.plara.polar.testing.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With a data directory the emulator's state survives a restart; a reset starts again from the seed. */
class EmulatorPersistenceTest {

    @TempDir
    Path data;

    private EmulatorWorld world() {
        return new EmulatorWorld(EmulatorConfig.forTests().withDataDirectory(data));
    }

    @Test
    void aRestartFindsEverythingMadeBeforeAndCarriesOn() throws Exception {
        String order;
        String subscription;
        String product;
        String endpoint;
        Instant movedTo;
        try (EmulatorWorld before = world(); WebhookReceiver hooks = new WebhookReceiver()) {
            endpoint = before.client().webhooks().createEndpoint(WebhookEndpointCreate.raw(hooks.url().toString(),
                    List.of("subscription.cycled"))).id();
            product = before.client().products().create(new ProductCreate("Top-up", null, null,
                    List.of(PriceInput.custom("usd", 100, null, null)), null)).id();
            String checkout = before.buy("alice", "Lifetime photo collection").id();
            order = before.client().listOrders(OrderQuery.all().withCheckoutId(checkout)).get(0).id();
            before.client().createRefund(new RefundCreate(order, "customer_request", 500, null));
            before.emulator().controls().openDispute(order, null);
            subscription = before.subscribe("bob", "Monthly Plan").id();
            movedTo = before.emulator().controls().advanceClock(Duration.ofHours(5));
        }
        assertThat(Files.list(data)).extracting(path -> path.getFileName().toString())
                .containsExactly("polar-emulator.json");

        try (EmulatorWorld after = world(); WebhookReceiver hooks = new WebhookReceiver()) {
            PolarOrder refunded = after.client().getOrder(order);
            assertThat(refunded.status()).isEqualTo("partially_refunded");
            assertThat(after.client().listRefunds(order)).hasSize(1);
            assertThat(after.client().disputes().list(order, null)).hasSize(1);
            assertThat(after.client().customers().getByExternalId("alice").email()).isEqualTo("alice@plara.dev");
            assertThat(after.client().listProducts(false)).extracting(PolarProduct::id).contains(product);
            assertThat(after.client().subscriptions().list(SubscriptionQuery.all())).extracting(PolarSubscription::id)
                    .containsExactly(subscription);
            assertThat(after.client().webhooks().getEndpoint(endpoint).events()).containsExactly("subscription.cycled");
            assertThat(after.client().webhooks().listDeliveries(DeliveryQuery.all()))
                    .isNotEmpty();
            assertThat(after.emulator().controls().now()).as("the clock kept its advance").isAfter(movedTo);

            after.client().webhooks().updateEndpoint(endpoint, new WebhookEndpointUpdate(
                    hooks.url().toString(), null, null, null, null));
            after.emulator().controls().subscriptions().renew(subscription);
            assertThat(hooks.next(EmulatorWorld.WAIT).type()).isEqualTo("subscription.cycled");
        }
    }

    @Test
    void aResetFlagOrTheControlCallStartsAgainFromTheSeed() throws Exception {
        try (EmulatorWorld before = world()) {
            before.buy("alice", "10 USD credit pack");
        }
        try (PolarEmulator restarted = EmulatorMain.run(new String[] {"--port", "0", "--data", data.toString(),
                "--reset"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            PolarClient client = new PolarClient(PolarClientConfig.of(restarted.baseUrl(), restarted.accessToken()));
            assertThat(client.listOrders(OrderQuery.all())).isEmpty();
            assertThat(restarted.controls().deliveries()).isEmpty();
        }
        try (EmulatorWorld again = world()) {
            assertThat(again.client().listOrders(OrderQuery.all())).isEmpty();
            again.buy("bob", "10 USD credit pack");
            assertThat(again.api("POST", "/_emulator/reset", null).statusCode()).isEqualTo(204);
            assertThat(again.client().listOrders(OrderQuery.all())).isEmpty();
            assertThat(again.client().listProducts(false)).hasSize(6);
        }
        try (EmulatorWorld afterReset = world()) {
            assertThat(afterReset.client().listOrders(OrderQuery.all())).as("the reset was saved").isEmpty();
        }
    }

    @Test
    void anUnreadableDataFileStopsTheStartNamingTheFileAndTheWayOut() throws Exception {
        Files.writeString(data.resolve("polar-emulator.json"), "{\"products\": [tru");

        assertThatThrownBy(this::world).hasMessageContaining("polar-emulator.json")
                .hasMessageContaining("--reset");
    }
}
