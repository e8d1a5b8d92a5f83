package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.fixtures.CoreHarness;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer with two active subscriptions to one product at the provider (Polar allows it: a second checkout outside
 * Plara's one-at-a-time rule) pays twice for the same access: every run reports it to the operator while it lasts,
 * naming both; an ended one, one canceled at the end of its period, or one to another product, is no double charge.
 */
class SubscribedTwiceTest {

    private final CoreHarness h = CoreHarness.usd();

    private void subscribed(String id, String product, SubscriptionStatus status) {
        subscribed(id, product, status, false);
    }

    private void subscribed(String id, String product, SubscriptionStatus status, boolean cancelAtPeriodEnd) {
        var state = new SubscriptionChange(id, "alice", "alice@example.org", product, "Monthly Plan",
                Unlocks.kinds(ItemKind.VIDEO), status, Instant.parse("2027-01-06T08:00:00Z"), cancelAtPeriodEnd, null,
                null, null, h.clock.tick());
        h.core.changeSubscription().apply(state);
        h.provider.subscriptions.holds(state);
    }

    private List<Finding> subscribedTwice() {
        return h.core.reconcile().reconcile().findings().stream()
                .filter(finding -> finding.kind() == FindingKind.SUBSCRIBED_TWICE).toList();
    }

    @Test
    void twoActiveSubscriptionsToOneProductAreReportedOnEveryRunNamingBoth() {
        subscribed("sub_1", "monthly", SubscriptionStatus.ACTIVE);
        subscribed("sub_2", "monthly", SubscriptionStatus.TRIALING);

        var first = subscribedTwice();
        var second = subscribedTwice();

        assertThat(first).singleElement().satisfies(finding -> {
            assertThat(finding.orderId()).as("about no order").isNull();
            assertThat(finding.detail()).contains("alice", "Monthly Plan", "sub_1 (active), sub_2 (trialing)", "Cancel the ones not wanted");
        });
        assertThat(second).as("while it lasts").hasSize(1);
    }

    @Test
    void anEndedSubscriptionOrOneToAnotherProductIsNoDoubleCharge() {
        subscribed("sub_1", "monthly", SubscriptionStatus.ACTIVE);
        subscribed("sub_2", "monthly", SubscriptionStatus.CANCELED);
        subscribed("sub_3", "yearly", SubscriptionStatus.ACTIVE);

        assertThat(subscribedTwice()).isEmpty();
    }

    @Test
    void aSubscriptionCanceledAtPeriodEndBesideANewOneIsNoDoubleCharge() {
        subscribed("sub_1", "monthly", SubscriptionStatus.ACTIVE, true);
        subscribed("sub_2", "monthly", SubscriptionStatus.ACTIVE);

        assertThat(subscribedTwice()).as("sub_1 is not charged again").isEmpty();
    }
}
