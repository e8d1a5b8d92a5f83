package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.fixtures.CoreHarness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Reconciliation reads subscriptions back from the provider and corrects the grants a missed webhook left behind. */
class SubscriptionReconciliationTest {

    private final CoreHarness h = CoreHarness.usd();

    private SubscriptionChange state(SubscriptionStatus status, Instant modifiedAt) {
        return new SubscriptionChange("sub_1", "alice", "alice@example.org", "monthly", "Monthly Plan",
                Unlocks.kinds(ItemKind.VIDEO), status, Instant.parse("2027-01-06T08:00:00Z"), false, null, null, null,
                modifiedAt);
    }

    @Test
    void aPauseWhoseWebhookWasMissedEndsAccessAndIsReportedOnce() {
        h.core.changeSubscription().apply(state(SubscriptionStatus.ACTIVE, h.clock.tick()));
        h.provider.subscriptions.holds(state(SubscriptionStatus.PAUSED, h.clock.tick()));

        var first = h.core.reconcile().reconcile().findings();
        var second = h.core.reconcile().reconcile().findings();

        assertThat(h.stores.grants().bySource(GrantSource.polarSubscription("sub_1")).orElseThrow().status())
                .isEqualTo(GrantStatus.REVOKED);
        assertThat(first).filteredOn(finding -> finding.kind() == FindingKind.ACCESS_CORRECTED)
                .extracting(Finding::orderId, Finding::detail).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        null, "subscription sub_1 of alice (Monthly Plan) is paused at the provider: access was"
                                + " Monthly Plan (kind:video) until 2027-01-06T09:00:00Z, now ended"));
        assertThat(second).noneMatch(finding -> finding.kind() == FindingKind.ACCESS_CORRECTED);
    }

    @Test
    void aStateOlderThanTheGrantChangesNothing() {
        var older = h.clock.tick();
        h.core.changeSubscription().apply(state(SubscriptionStatus.PAUSED, h.clock.tick()));
        h.provider.subscriptions.holds(state(SubscriptionStatus.ACTIVE, older));
        h.clock.advance(Duration.ofMinutes(1));

        assertThat(h.core.reconcile().reconcile().findings())
                .noneMatch(finding -> finding.kind() == FindingKind.ACCESS_CORRECTED);
        assertThat(h.stores.grants().bySource(GrantSource.polarSubscription("sub_1")).orElseThrow().status())
                .isEqualTo(GrantStatus.REVOKED);
    }

    @Test
    void subscriptionsThatCannotBeReadAreAFindingAndTheRestOfTheRunGoesOn() {
        h.core.changeSubscription().apply(state(SubscriptionStatus.ACTIVE, h.clock.tick()));
        h.provider.subscriptions.unreadableFor("alice");
        h.stores.users().remember(new UserProfile(UserId.of("bob"), "bob@example.org", "Bob"));
        var payment = h.paid("order_late", "bob", Money.usd(10_00));
        h.provider.recordPaid(new PaymentEvent.DepositPaid(payment), payment.paidAt());

        var report = h.core.reconcile().reconcile();

        assertThat(report.credited()).as("the paid order is applied though a subscription could not be read").isOne();
        assertThat(h.balanceOf("bob")).isEqualTo(Money.usd(10_00));
        assertThat(report.findings()).filteredOn(finding -> finding.kind() == FindingKind.ITEM_FAILED)
                .extracting(Finding::detail).singleElement().asString()
                .contains("subscriptions of alice could not be read back", "503");
    }
}
