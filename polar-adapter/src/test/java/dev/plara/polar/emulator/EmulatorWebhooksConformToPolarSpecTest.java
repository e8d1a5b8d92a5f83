package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.client.CustomerCreate;
import dev.plara.polar.client.CustomerUpdate;
import dev.plara.polar.client.OrderQuery;
import dev.plara.polar.client.PriceInput;
import dev.plara.polar.client.ProductCreate;
import dev.plara.polar.client.ProductUpdate;
import dev.plara.polar.client.RefundCreate;
import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.polar.testing.EmulatorWorld;
import dev.plara.polar.testing.WebhookReceiver.Delivery;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every webhook the emulator sends validates against its {@code Webhook<Type>Payload} schema in Polar's spec. */
class EmulatorWebhooksConformToPolarSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyEventOfPaymentsSubscriptionLifecyclesAndRefundsConforms() throws Exception {
        try (EmulatorWorld world = EmulatorWorld.start()) {
            PolarSubscription subscription = world.subscribe("alice", "Monthly Plan");
            SubscriptionControls controls = world.emulator().controls().subscriptions();
            String id = subscription.id();
            controls.renew(id);
            controls.failRenewal(id);
            controls.recover(id);
            controls.pause(id);
            controls.resume(id);
            controls.cancel(id);
            controls.uncancel(id);
            controls.changePlan(id, world.productId("Monthly Plan \u2013 everything"), "invoice");
            controls.changePlan(id, world.productId("Monthly Plan"), "next_period");
            controls.failRenewal(id);
            controls.markUnpaid(id);
            PolarSubscription other = world.subscribe("bob", "Monthly Plan");
            controls.revoke(other.id());
            PolarCheckout bought = world.buy("carol", "Lifetime photo collection");
            String order = world.client().listOrders(OrderQuery.all().withCheckoutId(bought.id())).get(0).id();
            world.client().createRefund(new RefundCreate(order, "customer_request", 100, null));
            world.client().customers().create(new CustomerCreate("dave@plara.dev", "Dave", "dave", null));
            world.client().customers().updateByExternalId("dave", new CustomerUpdate(null, "Dave D.", null));
            String made = world.client().products().create(new ProductCreate("Top-up", null, null,
                    List.of(PriceInput.custom("usd", 100, null, null)), null)).id();
            world.client().products().update(made, new ProductUpdate(null, null, true, null, null));
            settleLater(world);

            world.receiver().drain(Duration.ofMillis(1500));
            List<Delivery> sent = world.receiver().everything();
            assertThat(sent).extracting(Delivery::type).contains("checkout.created", "customer.created",
                    "order.created", "order.updated", "order.paid", "order.refunded", "subscription.created",
                    "subscription.active", "subscription.updated", "subscription.cycled", "subscription.past_due",
                    "subscription.paused", "subscription.resumed", "subscription.canceled",
                    "subscription.uncanceled", "subscription.revoked", "checkout.updated", "refund.created",
                    "customer.updated", "product.created", "product.updated", "refund.updated");
            assertConform(sent);
            Delivery pastDue = sent.stream().filter(d -> d.type().equals("subscription.past_due")).findFirst()
                    .orElseThrow();
            ObjectNode wrong = (ObjectNode) JSON.readTree(pastDue.body());
            ((ObjectNode) wrong.path("data")).put("status", "on_hold");
            assertThat(new PolarSpec().validate("WebhookSubscriptionPastDuePayload", wrong)).as("the check can fail")
                    .isNotEmpty();
        }
    }

    /** Orders paid and refunds settled late, a first payment that fails, and a dispute prevented by a refund. */
    private static void settleLater(EmulatorWorld world) {
        var controls = world.emulator().controls();
        controls.setOrdersPaidLater(true);
        String paidLate = world.buy("erin", "Monthly Plan").id();
        String neverPaid = world.buy("frank", "Monthly Plan").id();
        controls.payOrder(world.client().listOrders(OrderQuery.all().withCheckoutId(paidLate)).get(0).id());
        controls.failOrder(world.client().listOrders(OrderQuery.all().withCheckoutId(neverPaid)).get(0).id());
        controls.setOrdersPaidLater(false);
        controls.setRefundsSucceedLater(true);
        String order = world.client().listOrders(OrderQuery.all().withCheckoutId(paidLate)).get(0).id();
        controls.succeedRefund(world.client().createRefund(new RefundCreate(order, "other", 100, null)).id());
        controls.failRefund(world.client().createRefund(new RefundCreate(order, "other", 100, null)).id());
        controls.setRefundsSucceedLater(false);
        controls.moveDispute(controls.openDispute(order, null).path("id").asText(), "prevented");
    }

    /** Each delivery against the payload schema of its type. */
    static void assertConform(List<Delivery> deliveries) throws Exception {
        PolarSpec spec = new PolarSpec();
        for (Delivery delivery : deliveries) {
            assertThat(spec.validate(payloadSchema(delivery.type()), JSON.readTree(delivery.body())))
                    .as(delivery.type() + ": " + delivery.text()).isEmpty();
        }
    }

    /** {@code subscription.past_due} -> {@code WebhookSubscriptionPastDuePayload}. */
    private static String payloadSchema(String type) {
        StringBuilder name = new StringBuilder("Webhook");
        for (String part : type.split("[._]")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.append("Payload").toString();
    }
}
