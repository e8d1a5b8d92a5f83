package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.client.SubscriptionQuery;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.polar.testing.WebhookReceiver.Delivery;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.plara.polar.testing.EmulatorWorld.data;
import static dev.plara.polar.testing.EmulatorWorld.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the merchant's API changes: cancel, uncancel, revoke, plan changes and Polar's refusals, and the listing. */
class SubscriptionChangesTest extends AliceSubscribed {

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
