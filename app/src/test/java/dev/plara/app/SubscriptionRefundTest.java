package dev.plara.app;

import com.mongodb.client.model.Filters;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.polar.client.OrderQuery;
import dev.plara.polar.client.RefundCreate;
import dev.plara.polar.model.PolarOrder;
import dev.plara.wallet.core.domain.access.GrantStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static dev.plara.app.SubscribedAtPolar.VIDEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A subscription's order refunded at Polar (which, as Polar does, leaves the subscription itself active): the real
 * server ends the access that order paid for when the refund is in full, keeps it for a partial one, and the
 * subscription's next paid period at Polar opens it again; a lost dispute of it, read by reconciliation, does the same
 * and tells the operator. Webhooks arrive twice and out of order.
 */
@ExtendWith(AliceSubscribed.class)
class SubscriptionRefundTest {

    private final SubscribedAtPolar alice;

    SubscriptionRefundTest(SubscribedAtPolar alice) {
        this.alice = alice;
    }

    private PolarOrder latestOrder() {
        return alice.polar.listOrders(OrderQuery.all().withSubscriptionId(alice.subscriptionId)).stream()
                .max((a, b) -> a.createdAt().compareTo(b.createdAt())).orElseThrow();
    }

    private void refund(PolarOrder order, long amount) {
        alice.polar.createRefund(new RefundCreate(order.id(), "customer_request", amount, null));
        await("the refund applied").atMost(Duration.ofSeconds(20)).until(() -> alice.plara.database()
                .getCollection(MongoSchema.PRODUCT_ORDERS).find(Filters.eq("_id", order.id())).first().getList("refundIds", String.class)
                .size() == 1);
    }

    @Test
    void aFullRefundOfTheRunningPeriodsOrderEndsItsAccessUntilTheNextPaidPeriod() {
        var order = latestOrder();
        refund(order, order.refundableAmount());

        await("access ended").atMost(Duration.ofSeconds(20)).until(() -> alice.grant().status()
                == GrantStatus.REVOKED);
        assertThat(alice.atPolar().status()).as("Polar leaves the subscription active").isEqualTo("active");
        assertThat(alice.opens(VIDEO)).isFalse();

        alice.controls.renew(alice.subscriptionId);
        await("the next paid period opens it again").atMost(Duration.ofSeconds(20)).until(() -> alice.opens(VIDEO));
    }

    @Test
    void aCancellationAfterTheRefundOfTheRunningPeriodDoesNotReopenIt() {
        var order = latestOrder();
        refund(order, order.refundableAmount());
        await("access ended").atMost(Duration.ofSeconds(20)).until(() -> alice.grant().status()
                == GrantStatus.REVOKED);
        long revoked = alice.grant().version();

        alice.controls.cancel(alice.subscriptionId);

        await("the cancellation applied").atMost(Duration.ofSeconds(20)).until(() -> alice.grant().version()
                > revoked);
        assertThat(alice.grant().status()).as("the refunded period stays unpaid").isEqualTo(GrantStatus.REVOKED);
        assertThat(alice.opens(VIDEO)).isFalse();
    }

    @Test
    void aRenewalChargedBeforeTheRefundOfTheEarlierPeriodOpensItsPeriodThoughItsWebhooksArriveAfterTheRefund() {
        var first = latestOrder();
        var faults = alice.plara.emulator.controls().webhookFaults();
        var before = alice.plara.emulator.controls().eventIds(null);
        alice.plara.emulator.controls().setWebhookFaults(faults.withDrop(true));
        alice.controls.renew(alice.subscriptionId);
        var renewal = alice.plara.emulator.controls().eventIds(null).stream().filter(id -> !before.contains(id))
                .toList();
        alice.plara.emulator.controls().setWebhookFaults(faults);

        refund(first, first.refundableAmount());
        await("the refund ended the period it knew of").atMost(Duration.ofSeconds(20))
                .until(() -> alice.grant().status() == GrantStatus.REVOKED);
        renewal.forEach(alice.plara.emulator.controls()::redeliver);

        await("the renewal Polar charged opens its period").atMost(Duration.ofSeconds(20))
                .until(() -> alice.opens(VIDEO));
    }

    @Test
    void aPartialRefundEndsNothing() {
        var order = latestOrder();
        refund(order, order.refundableAmount() / 2);

        assertThat(alice.grant().status()).isEqualTo(GrantStatus.ACTIVE);
        assertThat(alice.opens(VIDEO)).isTrue();
    }

    @Test
    void aLostDisputeOfTheRunningPeriodsOrderEndsItsAccessAndTellsTheOperatorTheSubscriptionRunsOn() {
        alice.plara.emulator.controls().openDispute(latestOrder().id(), "lost");

        var report = alice.plara.http.postJson("/api/admin/reconciliation", HostTokens.admin("ops"), null);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().path("findings").findValuesAsText("detail")).anySatisfy(detail ->
                assertThat(detail).contains("ended the access subscription " + alice.subscriptionId,
                        "still active at the provider"));
        assertThat(alice.grant().status()).isEqualTo(GrantStatus.REVOKED);
        assertThat(alice.opens(VIDEO)).isFalse();
    }
}
