package dev.plara.polar.client;

import dev.plara.polar.emulator.EmulatorControls;
import dev.plara.polar.model.PolarDispute;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarRefund;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.polar.testing.EmulatorWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.plara.polar.testing.EmulatorWorld.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Disputes as Polar's dispute service keeps them: read through the API only (no webhook), a closed one ending the
 * order's subscription, a prevented one refunding the disputed amount.
 */
class DisputesAgainstEmulatorTest {

    private EmulatorWorld world;
    private EmulatorControls controls;
    private DisputesClient disputes;

    @BeforeEach
    void start() {
        world = EmulatorWorld.start();
        controls = world.emulator().controls();
        disputes = world.client().disputes();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private PolarOrder bought(String user, String product) {
        String checkout = world.buy(user, product).id();
        return world.client().listOrders(OrderQuery.all().withCheckoutId(checkout)).get(0);
    }

    @Test
    void aDisputeIsListedByOrderAndStatusAndMovesToItsEndWithoutAnyWebhook() throws Exception {
        PolarOrder order = bought("alice", "Lifetime photo collection");
        String id = controls.openDispute(order.id(), null).path("id").asText();

        PolarDispute opened = disputes.get(id);
        assertThat(opened.status()).isEqualTo("needs_response");
        assertThat(opened.amount()).isEqualTo(order.netAmount());
        assertThat(opened.orderId()).isEqualTo(order.id());
        assertThat(opened.evidenceDueBy()).isAfter(opened.createdAt());
        assertThat(opened.customer().externalId()).isEqualTo("alice");
        assertThat(disputes.list(order.id(), null)).containsExactly(opened);
        assertThat(disputes.list(null, List.of("lost", "won"))).isEmpty();

        controls.moveDispute(id, "under_review");
        controls.advanceClock(Duration.ofDays(8));
        assertThat(disputes.get(id).pastDue()).as("past its evidence date").isTrue();
        controls.moveDispute(id, "lost");

        PolarDispute lost = disputes.get(id);
        assertThat(lost.resolved()).isTrue();
        assertThat(lost.closed()).isTrue();
        assertThat(lost.pastDue()).isFalse();
        assertThat(disputes.list(null, List.of("lost"))).extracting(PolarDispute::id).containsExactly(id);
        assertThat(world.receiver().drain(Duration.ofMillis(300))).as("Polar sends no dispute webhook").isEmpty();
        assertThat(world.client().getOrder(order.id()).status()).as("the order is left as it is").isEqualTo("paid");
        assertThatThrownBy(() -> controls.moveDispute(id, "won")).hasMessageContaining("DisputeNotOpenError");
    }

    @Test
    void aLostDisputeOnASubscriptionsOrderRevokesTheSubscription() {
        PolarSubscription subscription = world.subscribe("bob", "Monthly Plan");
        String order = world.client().listOrders(OrderQuery.all().withSubscriptionId(subscription.id())).get(0).id();
        String id = controls.openDispute(order, "early_warning").path("id").asText();

        controls.moveDispute(id, "lost");

        assertThat(types(world.events(3))).containsExactly("subscription.updated", "subscription.canceled",
                "subscription.revoked");
        assertThat(world.client().subscriptions().get(subscription.id()).status()).isEqualTo("canceled");
    }

    @Test
    void aPreventedDisputeRefundsTheDisputedAmount() {
        PolarOrder order = bought("carol", "25 USD credit pack");
        String id = controls.openDispute(order.id(), null).path("id").asText();

        controls.moveDispute(id, "prevented");

        assertThat(types(world.events(3))).containsExactly("order.updated", "refund.created", "order.refunded");
        List<PolarRefund> refunds = world.client().listRefunds(order.id());
        assertThat(refunds).singleElement().satisfies(refund -> {
            assertThat(refund.reason()).isEqualTo("dispute_prevention");
            assertThat(refund.amount()).isEqualTo(order.netAmount());
            assertThat(refund.status()).isEqualTo("succeeded");
        });
        assertThat(world.client().getOrder(order.id()).status()).isEqualTo("refunded");
        assertThat(disputes.get(id).closed()).isTrue();
        assertThat(disputes.get(id).resolved()).isFalse();
    }

    @Test
    void disputesAreOpenedOverHttpOnPaidOrdersOnly() throws Exception {
        PolarOrder order = bought("dave", "10 USD credit pack");

        var opened = world.api("POST", "/_emulator/disputes", "{\"order_id\":\"" + order.id()
                + "\",\"status\":\"early_warning\"}");
        assertThat(opened.statusCode()).isEqualTo(201);
        assertThat(opened.body()).contains("\"status\":\"early_warning\"");
        assertThat(world.api("POST", "/_emulator/disputes", "{\"order_id\":\"" + order.id()
                + "\",\"status\":\"argued\"}").statusCode()).isEqualTo(422);
        assertThat(world.api("POST", "/_emulator/disputes", "{\"order_id\":\"nothing\"}").statusCode())
                .isEqualTo(422);
    }
}
