package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plara.polar.client.CheckoutCreate;
import dev.plara.polar.client.OrderQuery;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.client.RefundCreate;
import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.testing.HostedCheckout;
import dev.plara.polar.testing.WebhookReceiver;
import dev.plara.polar.testing.WebhookReceiver.Delivery;
import dev.plara.polar.webhook.KeyDerivation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every webhook the emulator sends validates against its {@code Webhook<Type>Payload} schema in Polar's spec. */
class EmulatorWebhooksConformToPolarSpecTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPlanPaidCanceledUncanceledRevokedAndRefundedSendsOnlyConformingPayloads() throws Exception {
        try (PolarEmulator emulator = PolarEmulator.start(EmulatorConfig.forTests());
             WebhookReceiver receiver = new WebhookReceiver()) {
            emulator.registerWebhook(receiver.url(), "polar_whs_any", KeyDerivation.LEGACY);
            PolarClient client = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken()));
            String plan = client.listProducts(false).stream().filter(p -> p.name().equals("Monthly Plan"))
                    .findFirst().orElseThrow().id();
            PolarCheckout checkout = client.createCheckout(new CheckoutCreate(List.of(plan), null, null, null, "alice",
                    Map.of("plara_user_id", "alice"), null, null, null));
            new HostedCheckout().pay(checkout.url(), "4242424242424242", "alice@plara.dev");
            List<Delivery> sent = new ArrayList<>(receiver.next(6, WAIT));
            String subscription = JSON.readTree(sent.get(4).body()).path("data").path("id").asText();
            emulator.cancelSubscription(subscription);
            emulator.uncancelSubscription(subscription);
            emulator.revokeSubscription(subscription);
            sent.addAll(receiver.next(6, WAIT));
            String order = client.listOrders(OrderQuery.all().withCheckoutId(checkout.id())).get(0).id();
            client.createRefund(new RefundCreate(order, "customer_request", 100, null));
            sent.addAll(receiver.next(2, WAIT));

            PolarSpec spec = new PolarSpec();
            assertThat(sent).extracting(Delivery::type).contains("order.paid", "subscription.active",
                    "subscription.canceled", "subscription.uncanceled", "subscription.revoked", "checkout.updated",
                    "refund.created", "order.refunded");
            for (Delivery delivery : sent) {
                assertThat(spec.validate(payloadSchema(delivery.type()), JSON.readTree(delivery.body())))
                        .as(delivery.type()).isEmpty();
            }
        }
    }

    /** {@code subscription.uncanceled} -> {@code WebhookSubscriptionUncanceledPayload}. */
    private static String payloadSchema(String type) {
        StringBuilder name = new StringBuilder("Webhook");
        for (String part : type.split("\\.")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.append("Payload").toString();
    }
}
