package dev.plara.polar.client;

import dev.plara.polar.emulator.EmulatorControls;
import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarRefund;
import dev.plara.polar.testing.EmulatorWorld;
import dev.plara.polar.testing.WebhookReceiver.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.plara.polar.testing.EmulatorWorld.data;
import static dev.plara.polar.testing.EmulatorWorld.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Facts that settle well after they began: an order paid two hours late, a refund that succeeds (or fails) later. */
class LateFactsAgainstEmulatorTest {

    private static final Duration TWO_HOURS = Duration.ofHours(2);

    private EmulatorWorld world;
    private EmulatorControls controls;

    @BeforeEach
    void start() {
        world = EmulatorWorld.start();
        controls = world.emulator().controls();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private PolarOrder orderOf(PolarCheckout checkout) {
        return world.client().listOrders(OrderQuery.all().withCheckoutId(checkout.id())).get(0);
    }

    @Test
    void anOrderPaidTwoHoursAfterItWasMadeSaysSoInItsTimes() {
        controls.setOrdersPaidLater(true);
        PolarCheckout checkout = world.buy("alice", "10 USD credit pack");
        PolarOrder pending = orderOf(checkout);
        assertThat(pending.status()).isEqualTo("pending");
        assertThat(pending.paid()).isFalse();
        assertThat(world.client().getCheckout(checkout.id()).status()).isEqualTo("confirmed");
        assertThat(world.client().listOrders(OrderQuery.all().withStatus("pending"))).containsExactly(pending);

        controls.advanceClock(TWO_HOURS);
        controls.payOrder(pending.id());

        List<Delivery> events = world.events(3);
        assertThat(types(events)).containsExactly("order.updated", "order.paid", "checkout.updated");
        PolarOrder paid = world.client().getOrder(pending.id());
        assertThat(paid.status()).isEqualTo("paid");
        assertThat(Duration.between(paid.createdAt(), paid.modifiedAt())).isGreaterThanOrEqualTo(TWO_HOURS);
        assertThat(paid.createdAt()).isEqualTo(pending.createdAt());
        assertThat(world.client().getCheckout(checkout.id()).status()).isEqualTo("succeeded");
        assertThatThrownBy(() -> controls.payOrder(pending.id())).hasMessageContaining("not pending");
    }

    @Test
    void aFirstSubscriptionPaymentThatClearsLateStartsTheSubscriptionThenAndOneThatFailsExpiresIt() {
        controls.setOrdersPaidLater(true);
        PolarCheckout late = world.buy("alice", "Monthly Plan");
        PolarCheckout failing = world.buy("bob", "Monthly Plan");
        assertThat(world.client().subscriptions().list(SubscriptionQuery.all())).as("Polar lists started ones only")
                .isEmpty();

        controls.payOrder(orderOf(late).id());
        assertThat(types(world.events(5))).containsExactly("order.updated", "order.paid", "subscription.updated",
                "subscription.active", "checkout.updated");
        assertThat(world.client().subscriptions().list(SubscriptionQuery.all().withExternalCustomerId("alice")))
                .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo("active"));

        controls.failOrder(orderOf(failing).id());
        List<Delivery> failed = world.events(3);
        assertThat(types(failed)).containsExactly("order.updated", "subscription.updated", "checkout.updated");
        assertThat(data(failed.get(1)).path("status").asText()).isEqualTo("incomplete_expired");
        assertThat(data(failed.get(2)).path("status").asText()).isEqualTo("failed");
        assertThat(orderOf(failing).status()).isEqualTo("void");
    }

    @Test
    void aRefundThatSucceedsTwoHoursLaterIsCountedThenWithPolarsEvents() {
        PolarOrder order = orderOf(world.buy("alice", "25 USD credit pack"));
        controls.setRefundsSucceedLater(true);
        PolarRefund pending = world.client().createRefund(new RefundCreate(order.id(), "customer_request", 5_00,
                null));
        assertThat(pending.status()).isEqualTo("pending");
        assertThat(types(world.events(1))).containsExactly("refund.created");
        assertThat(world.client().getOrder(order.id()).refundedAmount()).isZero();

        controls.advanceClock(TWO_HOURS);
        controls.succeedRefund(pending.id());

        assertThat(types(world.events(3))).containsExactly("order.updated", "refund.updated", "order.refunded");
        PolarRefund succeeded = world.client().listRefunds(RefundQuery.all().withIds(List.of(pending.id()))).get(0);
        assertThat(succeeded.status()).isEqualTo("succeeded");
        assertThat(Duration.between(succeeded.createdAt(), succeeded.modifiedAt())).isGreaterThanOrEqualTo(TWO_HOURS);
        assertThat(world.client().getOrder(order.id()).refundedAmount()).isEqualTo(5_00);
        assertThat(world.client().listRefunds(RefundQuery.all().withOrderId(order.id()).succeeded()))
                .containsExactly(succeeded);
    }

    @Test
    void aRefundThatFailsLeavesTheOrderAsItWas() {
        PolarOrder order = orderOf(world.buy("alice", "10 USD credit pack"));
        controls.setRefundsSucceedLater(true);
        PolarRefund pending = world.client().createRefund(new RefundCreate(order.id(), "other", 10_00, null));
        world.events(1);

        controls.failRefund(pending.id());

        List<Delivery> events = world.events(1);
        assertThat(types(events)).containsExactly("refund.updated");
        assertThat(data(events.get(0)).path("status").asText()).isEqualTo("failed");
        assertThat(world.client().getOrder(order.id()).status()).isEqualTo("paid");
        assertThat(world.client().listRefunds(RefundQuery.all().withOrderId(order.id()).succeeded())).isEmpty();
    }

    @Test
    void theClockMovesForwardOverHttpAndNeverBack() throws Exception {
        var before = controls.now();
        var answer = world.api("POST", "/_emulator/clock/advance", "{\"seconds\":7200}");
        assertThat(answer.body()).contains("\"now\"");
        assertThat(Duration.between(before, controls.now())).isGreaterThanOrEqualTo(TWO_HOURS);
        assertThat(world.api("POST", "/_emulator/clock/advance", "{\"seconds\":-1}").statusCode()).isEqualTo(400);
    }
}
