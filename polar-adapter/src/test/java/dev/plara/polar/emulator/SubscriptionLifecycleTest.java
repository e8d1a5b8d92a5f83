package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.client.OrderQuery;
import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.client.SubscriptionQuery;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.polar.testing.EmulatorWorld;
import dev.plara.polar.testing.WebhookReceiver.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static dev.plara.polar.testing.EmulatorWorld.data;
import static dev.plara.polar.testing.EmulatorWorld.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each step of a subscription's life sends Polar's events in Polar's order ({@code _after_subscription_updated}:
 * updated, then active, uncanceled, past_due, paused/resumed, canceled, revoked), with {@code modified_at} moving on.
 */
class SubscriptionLifecycleTest {

    private static final String PLAN = "Monthly Plan";
    private static final String BIGGER_PLAN = "Monthly Plan \u2013 everything";

    private EmulatorWorld world;
    private SubscriptionControls controls;
    private PolarSubscription subscription;

    @BeforeEach
    void subscribe() {
        world = EmulatorWorld.start();
        controls = world.emulator().controls().subscriptions();
        subscription = world.subscribe("alice", PLAN);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private PolarSubscription now() {
        return world.client().subscriptions().get(subscription.id());
    }

    private static Instant modifiedAt(Delivery delivery) {
        return Instant.parse(data(delivery).path("modified_at").asText());
    }

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
    void cancelingAtPeriodEndKeepsItActiveUntilItEndsAndUncancelingTakesThatBack() {
        PolarSubscription canceled = world.client().subscriptions().cancelAtPeriodEnd(subscription.id());
        assertThat(types(world.events(2))).containsExactly("subscription.updated", "subscription.canceled");
        assertThat(canceled.status()).isEqualTo("active");
        assertThat(canceled.cancelAtPeriodEnd()).isTrue();
        assertThat(canceled.endsAt()).isEqualTo(subscription.currentPeriodEnd());
        assertThat(canceled.modifiedAt()).isAfterOrEqualTo(subscription.modifiedAt());
        assertThatThrownBy(() -> world.client().subscriptions().cancelAtPeriodEnd(subscription.id()))
                .isInstanceOfSatisfying(PolarApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.errorType()).isEqualTo("AlreadyCanceledSubscription");
                });

        PolarSubscription kept = world.client().subscriptions().uncancel(subscription.id());

        assertThat(types(world.events(2))).containsExactly("subscription.updated", "subscription.uncanceled");
        assertThat(kept.cancelAtPeriodEnd()).isFalse();
        assertThat(kept.endsAt()).isNull();
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

    @Test
    void revokingEndsItNowAndCannotBeDoneTwice() {
        PolarSubscription revoked = world.client().subscriptions().revoke(subscription.id());

        assertThat(types(world.events(3))).containsExactly("subscription.updated", "subscription.canceled",
                "subscription.revoked");
        assertThat(revoked.status()).isEqualTo("canceled");
        assertThat(revoked.endedAt()).isEqualTo(revoked.endsAt()).isEqualTo(revoked.canceledAt());
        assertThatThrownBy(() -> world.client().subscriptions().revoke(subscription.id()))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.errorType())
                        .isEqualTo("AlreadyCanceledSubscription"));
    }

    @Test
    void aProratedPlanChangeMovesItToTheOtherProductNow() {
        String bigger = world.productId(BIGGER_PLAN);

        PolarSubscription changed = world.client().subscriptions().changeProduct(subscription.id(), bigger, null);

        List<Delivery> events = world.events(1);
        assertThat(types(events)).containsExactly("subscription.updated");
        assertThat(data(events.get(0)).path("product_id").asText()).isEqualTo(bigger);
        assertThat(changed.productId()).isEqualTo(bigger);
        assertThat(changed.amount()).isEqualTo(15_00);
        assertThat(changed.pendingUpdate()).isNull();
    }

    @Test
    void anInvoicedPlanChangeChargesTheDifferenceForWhatIsLeftOfThePeriod() {
        world.client().subscriptions().changeProduct(subscription.id(), world.productId(BIGGER_PLAN), "invoice");

        List<Delivery> events = world.events(4);
        assertThat(types(events)).containsExactly("subscription.updated", "order.created", "order.updated",
                "order.paid");
        JsonNode order = data(events.get(3));
        assertThat(order.path("billing_reason").asText()).isEqualTo("subscription_update");
        assertThat(order.path("net_amount").asLong()).isBetween(5_99L, 6_00L);
    }

    @Test
    void aNextPeriodPlanChangeWaitsForTheRenewal() {
        String bigger = world.productId(BIGGER_PLAN);

        PolarSubscription pending = world.client().subscriptions().changeProduct(subscription.id(), bigger,
                "next_period");

        assertThat(types(world.events(1))).containsExactly("subscription.updated");
        assertThat(pending.productId()).isEqualTo(subscription.productId());
        assertThat(pending.pendingUpdate().productId()).isEqualTo(bigger);
        assertThat(pending.pendingUpdate().appliesAt()).isEqualTo(subscription.currentPeriodEnd());

        controls.renew(subscription.id());

        List<Delivery> renewal = world.events(5);
        assertThat(data(renewal.get(0)).path("product_id").asText()).isEqualTo(bigger);
        assertThat(data(renewal.get(4)).path("net_amount").asLong()).isEqualTo(15_00);
        assertThat(now().pendingUpdate()).isNull();
    }

    @Test
    void aPlanChangeIsRefusedAsPolarRefusesIt() {
        assertThatThrownBy(() -> world.client().subscriptions().changeProduct(subscription.id(),
                world.productId("Lifetime photo collection"), null))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.validationErrors())
                        .singleElement().satisfies(error -> assertThat(error.msg())
                                .isEqualTo("Product is not recurring.")));
        assertThatThrownBy(() -> world.client().subscriptions().changeProduct(subscription.id(),
                world.productId(BIGGER_PLAN), "reset"))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.detail())
                        .contains("'reset' proration behavior is not enabled"));
        assertThat(now().productId()).isEqualTo(subscription.productId());
    }

    @Test
    void theListingFiltersByCustomerStatusAndActivity() {
        PolarSubscription bobs = world.subscribe("bob", BIGGER_PLAN);
        world.client().subscriptions().revoke(bobs.id());

        assertThat(world.client().subscriptions().list(SubscriptionQuery.all().withExternalCustomerId("alice")))
                .extracting(PolarSubscription::id).containsExactly(subscription.id());
        assertThat(world.client().subscriptions().list(SubscriptionQuery.all().withActive(true)))
                .extracting(PolarSubscription::id).containsExactly(subscription.id());
        assertThat(world.client().subscriptions().list(SubscriptionQuery.all().withStatuses(List.of("canceled"))))
                .extracting(PolarSubscription::id).containsExactly(bobs.id());
        assertThat(subscription.customer().externalId()).isEqualTo("alice");
        assertThat(subscription.metadata()).containsEntry("plara_user_id", "alice");
    }
}
