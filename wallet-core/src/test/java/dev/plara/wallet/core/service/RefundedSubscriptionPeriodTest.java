package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.payment.SubscriptionTerm;
import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.DisputeStatus;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refunded subscription period stays closed whatever state of the same period arrives after the refund (a late
 * webhook, a read-back, a cancellation at period end); only a later period reopens it. A refund never closes a period
 * that is still paid: one a later state reports, or one whose order does not say which period it paid.
 */
class RefundedSubscriptionPeriodTest {

    private static final UserId ALICE = UserId.of("alice");
    private final CoreHarness h = CoreHarness.usd();
    private final Instant end1 = h.clock.instant().plus(Duration.ofDays(30));

    private SubscriptionChange state(Instant periodEnd, boolean cancel, Instant modifiedAt) {
        return new SubscriptionChange("sub_1", "alice", "alice@example.org", "prod_monthly", "Monthly Plan",
                Unlocks.kinds(ItemKind.VIDEO), SubscriptionStatus.ACTIVE, periodEnd, cancel, null, null, null,
                modifiedAt);
    }

    private void paid(String orderId, SubscriptionChange state, SubscriptionTerm term) {
        h.core.fulfilProductOrder().fulfil(new PaidProductOrder(orderId, null, "alice", "alice@example.org",
                "prod_monthly", "Monthly Plan", Money.usd(9_00), "sub_1", h.clock.tick(),
                Unlocks.kinds(ItemKind.VIDEO), state, term));
    }

    private void refundInFull(String orderId) {
        h.core.applyRefund().apply(CompletedRefund.untaxed("refund_" + orderId, orderId, Money.usd(9_00),
                h.clock.tick()));
    }

    private boolean videoOpens() {
        var video = h.stores.catalog().find(CoreHarness.VIDEO).orElseThrow();
        return new UserGrants(h.stores.grants().of(ALICE)).accessTo(video, h.clock.instant()).isOpen();
    }

    @Test
    void aLateStateOfTheRefundedPeriodModifiedBeforeTheRefundDoesNotReopenIt() {
        paid("order_1", state(end1, false, h.clock.tick()), SubscriptionTerm.UNKNOWN);
        var delayed = state(end1, false, h.clock.tick());
        refundInFull("order_1");

        h.core.changeSubscription().apply(delayed);

        assertThat(videoOpens()).as("the refunded period is not paid").isFalse();
    }

    @Test
    void aLaterChangeOfTheRefundedPeriodDoesNotReopenItButTheNextPeriodDoes() {
        paid("order_1", state(end1, false, h.clock.tick()), SubscriptionTerm.UNKNOWN);
        refundInFull("order_1");

        h.core.changeSubscription().apply(state(end1, true, h.clock.tick()));
        assertThat(videoOpens()).as("canceling at period end pays nothing").isFalse();

        h.core.changeSubscription().apply(state(end1.plus(Duration.ofDays(30)), false, h.clock.tick()));
        assertThat(videoOpens()).as("a later period is a renewal Polar charged").isTrue();
    }

    @Test
    void theRefundOfAProvisionallyGrantedOrderOutranksTheFirstStateOfItsPeriod() {
        var before = state(end1, false, h.clock.tick());
        paid("order_1", null, new SubscriptionTerm(end1, Period.ofMonths(1)));
        refundInFull("order_1");

        h.core.changeSubscription().apply(before);
        h.core.changeSubscription().apply(state(end1, false, h.clock.tick()));

        assertThat(videoOpens()).isFalse();
    }

    @Test
    void theRefundOfAnEarlierPeriodKeepsTheLaterPeriodAStateReportsWhoseOrderIsNotStoredYet() {
        paid("order_1", state(end1, false, h.clock.tick()), SubscriptionTerm.UNKNOWN);
        h.clock.advance(Duration.ofDays(30));
        h.core.changeSubscription().apply(state(end1.plus(Duration.ofDays(30)), false, h.clock.tick()));

        refundInFull("order_1");

        assertThat(videoOpens()).as("period 2 is paid by an order not stored yet").isTrue();
        assertThat(h.stores.grants().bySource(GrantSource.polarSubscription("sub_1")).orElseThrow().status())
                .isEqualTo(GrantStatus.ACTIVE);
    }

    @Test
    void theRefundOfAnOrderThatDoesNotSayWhichPeriodItPaidEndsNothing() {
        paid("order_1", null, SubscriptionTerm.UNKNOWN);

        refundInFull("order_1");

        assertThat(h.stores.grants().bySource(GrantSource.polarSubscription("sub_1")).orElseThrow().status())
                .isEqualTo(GrantStatus.ACTIVE);
        assertThat(operatorsLog("order_1")).as("the operator decides at Polar")
                .contains("kept the access", "cancel or revoke the subscription at the provider");
    }

    @Test
    void aFullRefundThatEndsAccessTellsTheOperatorTheSubscriptionStillRunsAtPolar() {
        paid("order_1", state(end1, false, h.clock.tick()), SubscriptionTerm.UNKNOWN);

        refundInFull("order_1");

        assertThat(operatorsLog("order_1")).contains("ended the access subscription sub_1 gave alice",
                "still active at the provider");
    }

    private String operatorsLog(String orderId) {
        return h.stores.outbox().find("log:subscription-refund:" + orderId).orElseThrow().message().body();
    }

    @Test
    void aLostDisputeOfSuchAnOrderTellsTheOperatorToEndTheSubscriptionAtPolar() {
        paid("order_1", null, SubscriptionTerm.UNKNOWN);
        var now = h.clock.tick();
        h.provider.history.recordDispute(new Dispute("dispute_1", "order_1", DisputeStatus.LOST, Money.usd(9_00),
                Money.usd(0), now.plus(Duration.ofDays(7)), now));

        var report = h.core.reconcile().reconcile();

        assertThat(videoOpens()).as("access is never taken while it may be paid").isTrue();
        assertThat(report.findings()).filteredOn(finding -> finding.kind() == FindingKind.DISPUTE_LOST)
                .extracting(Finding::detail).singleElement().asString()
                .contains("did not say which period it paid", "cancel or revoke the subscription at the provider");
    }

    @Test
    void aRenewalsProvisionalGrantExtendsTheFirstOrders() {
        paid("order_1", null, new SubscriptionTerm(end1, Period.ofMonths(1)));
        h.clock.advance(Duration.ofDays(30));
        paid("order_2", null, new SubscriptionTerm(end1.plus(Duration.ofDays(30)), Period.ofMonths(1)));

        h.clock.advance(Duration.ofDays(1));
        assertThat(videoOpens()).as("order_2 paid the second period").isTrue();
    }
}
