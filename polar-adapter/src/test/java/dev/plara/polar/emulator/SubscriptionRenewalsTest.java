package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.client.OrderQuery;
import dev.plara.polar.client.SubscriptionQuery;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.polar.testing.WebhookReceiver.Delivery;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static dev.plara.polar.testing.EmulatorWorld.data;
import static dev.plara.polar.testing.EmulatorWorld.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The end of a period and its payment, each sending Polar's events in Polar's order (a renewal cycles the period
 * before its order is made; a change sends updated, then active, past_due, paused/resumed, canceled, revoked).
 */
class SubscriptionRenewalsTest extends AliceSubscribed {

    @Test
    void aPaidRenewalCyclesThePeriodBeforeItsOrderIsMadeAndPaid() {
        controls.renew(subscription.id());

        List<Delivery> events = world.events(5);
        assertThat(types(events)).containsExactly("subscription.cycled", "subscription.updated", "order.created",
                "order.updated", "order.paid");
        JsonNode cycled = data(events.get(0));
        assertThat(cycled.path("current_period_start").asText()).isEqualTo(subscription.currentPeriodEnd().toString());
        assertThat(modifiedAt(events.get(0))).isAfterOrEqualTo(subscription.modifiedAt());
        JsonNode order = data(events.get(4));
        assertThat(order.path("billing_reason").asText()).isEqualTo("subscription_cycle");
        assertThat(order.path("status").asText()).isEqualTo("paid");
        assertThat(order.path("subscription_id").asText()).isEqualTo(subscription.id());
        assertThat(order.path("metadata").path("plara_user_id").asText()).as("Polar copies the metadata")
                .isEqualTo("alice");
        assertThat(now().currentPeriodStart()).isEqualTo(subscription.currentPeriodEnd());
        assertThat(now().status()).isEqualTo("active");
    }

    @Test
    void aFailedRenewalLeavesItPastDueUntilThePaymentIsRecovered() {
        controls.failRenewal(subscription.id());

        List<Delivery> failed = world.events(5);
        assertThat(types(failed)).containsExactly("subscription.cycled", "subscription.updated", "order.created",
                "subscription.updated", "subscription.past_due");
        assertThat(now().status()).isEqualTo("past_due");
        assertThat(now().pastDueAt()).isNotNull();
        List<PolarOrder> owed = world.client().listOrders(OrderQuery.all().withSubscriptionId(subscription.id())
                .withStatus("pending"));
        assertThat(owed).singleElement().satisfies(order -> assertThat(order.billingReason())
                .isEqualTo("subscription_cycle"));

        controls.recover(subscription.id());

        assertThat(types(world.events(4))).containsExactly("order.updated", "order.paid", "subscription.updated",
                "subscription.active");
        assertThat(now().status()).isEqualTo("active");
        assertThat(now().pastDueAt()).as("Polar's mark_active clears it").isNull();
        assertThat(world.client().getOrder(owed.get(0).id()).status()).isEqualTo("paid");
    }

    @Test
    void aPastDueSubscriptionWhoseRetriesRunOutIsUnpaidRevokedAndItsOrderVoided() {
        controls.failRenewal(subscription.id());
        world.events(5);

        controls.markUnpaid(subscription.id());

        List<Delivery> events = world.events(3);
        assertThat(types(events)).containsExactly("subscription.updated", "subscription.revoked", "order.updated");
        assertThat(data(events.get(2)).path("status").asText()).isEqualTo("void");
        assertThat(now().status()).isEqualTo("unpaid");
        assertThat(world.client().subscriptions().list(SubscriptionQuery.all().withActive(false)))
                .extracting(PolarSubscription::id).contains(subscription.id());
    }

    @Test
    void aPausedSubscriptionResumesWithANewPeriodChargedAtOnce() {
        controls.pause(subscription.id());
        assertThat(types(world.events(2))).containsExactly("subscription.updated", "subscription.paused");
        assertThat(now().status()).isEqualTo("paused");
        assertThat(now().pausedAt()).isNotNull();

        controls.resume(subscription.id());

        List<Delivery> events = world.events(6);
        assertThat(types(events)).containsExactly("subscription.updated", "subscription.active",
                "subscription.resumed", "order.created", "order.updated", "order.paid");
        assertThat(now().status()).isEqualTo("active");
        assertThat(now().pausedAt()).isNull();
        assertThat(now().currentPeriodStart()).isAfter(subscription.currentPeriodStart());
    }

    @Test
    void aPauseScheduledThroughTheApiTakesEffectAtThePeriodEndWithoutAnOrder() throws Exception {
        HttpResponse<String> scheduled = world.api("PATCH", "/v1/subscriptions/" + subscription.id(),
                "{\"pause_at_period_end\":true}");
        assertThat(scheduled.statusCode()).isEqualTo(200);
        assertThat(types(world.events(1))).containsExactly("subscription.updated");
        assertThat(now().pauseAtPeriodEnd()).isTrue();
        assertThat(now().status()).isEqualTo("active");

        controls.renew(subscription.id());

        assertThat(types(world.events(2))).containsExactly("subscription.updated", "subscription.paused");
        assertThat(now().status()).isEqualTo("paused");
        assertThat(world.client().listOrders(OrderQuery.all().withSubscriptionId(subscription.id()))).hasSize(1);
        assertThatThrownBy(() -> controls.renew(subscription.id())).hasMessageContaining("InactiveSubscription");
    }

    @Test
    void theEndOfACanceledPeriodRevokesItWithoutAnOrder() {
        world.client().subscriptions().cancelAtPeriodEnd(subscription.id());
        world.events(2);

        controls.renew(subscription.id());

        assertThat(types(world.events(3))).containsExactly("subscription.updated", "subscription.canceled",
                "subscription.revoked");
        assertThat(now().status()).isEqualTo("canceled");
        assertThat(now().endedAt()).isNotNull();
        assertThat(world.client().listOrders(OrderQuery.all().withSubscriptionId(subscription.id()))).hasSize(1);
    }
}
