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
import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.DisputeStatus;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscription order's money taken back in full (a refund, a lost dispute) ends the access that order paid for,
 * at that moment, since Polar changes nothing on the subscription; a state of a later period at Polar decides again.
 * Access is never taken while paid: a partial refund, or the refund of a period a later order paid again, ends
 * nothing.
 */
class SubscriptionOrderRefundTest {

    private static final UserId ALICE = UserId.of("alice");
    private final CoreHarness h = CoreHarness.usd();

    private SubscriptionChange active(Instant periodEnd) {
        return new SubscriptionChange("sub_1", "alice", "alice@example.org", "prod_monthly", "Monthly Plan",
                Unlocks.kinds(ItemKind.VIDEO), SubscriptionStatus.ACTIVE, periodEnd, false, null, null, null,
                h.clock.tick());
    }

    private SubscriptionChange renewal(String orderId) {
        var state = active(h.clock.instant().plus(Duration.ofDays(30)));
        h.core.fulfilProductOrder().fulfil(new PaidProductOrder(orderId, null, "alice", "alice@example.org",
                "prod_monthly", "Monthly Plan", Money.usd(9_00), "sub_1", h.clock.tick(),
                Unlocks.kinds(ItemKind.VIDEO), state));
        return state;
    }

    private void refund(String orderId, long cents) {
        h.core.applyRefund().apply(CompletedRefund.untaxed("refund_" + orderId + cents, orderId, Money.usd(cents),
                h.clock.tick()));
    }

    private boolean videoOpens() {
        var video = h.stores.catalog().find(CoreHarness.VIDEO).orElseThrow();
        return new UserGrants(h.stores.grants().of(ALICE)).accessTo(video, h.clock.instant()).isOpen();
    }

    @Test
    void aFullRefundEndsThePeriodItPaidUntilALaterPeriodAtPolar() {
        var state = renewal("order_1");
        h.clock.advance(Duration.ofDays(3));
        refund("order_1", 9_00);

        assertThat(videoOpens()).as("the refunded period is not paid").isFalse();
        assertThat(h.stores.grants().bySource(GrantSource.polarSubscription("sub_1")).orElseThrow().status())
                .isEqualTo(GrantStatus.REVOKED);
        h.provider.subscriptions.holds(state);
        h.core.reconcile().reconcile();
        assertThat(videoOpens()).as("Polar's unchanged subscription does not undo the refund").isFalse();

        h.core.changeSubscription().apply(active(h.clock.instant().plus(Duration.ofDays(30))));
        assertThat(videoOpens()).as("a later period at Polar decides again").isTrue();
    }

    @Test
    void aPartialRefundOrTheRefundOfAPeriodPaidAgainEndsNothing() {
        renewal("order_1");
        h.clock.advance(Duration.ofDays(30));
        renewal("order_2");

        refund("order_2", 4_00);
        refund("order_1", 9_00);

        assertThat(videoOpens()).as("order_2 still pays the running period").isTrue();
    }

    @Test
    void aLostDisputeOfTheOrderEndsTheAccessAndSaysWhatIsLeftToDoAtPolar() {
        renewal("order_1");
        var now = h.clock.tick();
        h.provider.history.recordDispute(new Dispute("dispute_1", "order_1", DisputeStatus.LOST, Money.usd(9_00),
                Money.usd(0), now.plus(Duration.ofDays(7)), now));

        var report = h.core.reconcile().reconcile();

        assertThat(videoOpens()).isFalse();
        assertThat(report.findings()).filteredOn(finding -> finding.kind() == FindingKind.DISPUTE_LOST)
                .extracting(Finding::detail).singleElement().asString()
                .contains("ended the access subscription sub_1 gave alice", "still active at the provider");
    }
}
