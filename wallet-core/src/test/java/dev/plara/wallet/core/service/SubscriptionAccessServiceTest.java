package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase.SubscriptionResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionAccessServiceTest {

    private static final UserId ALICE = UserId.of("alice");
    private final CoreHarness h = CoreHarness.usd();

    private SubscriptionChange state(String product, SubscriptionStatus status, Instant periodEnd, boolean cancel,
                                     Instant modifiedAt) {
        return new SubscriptionChange("sub_1", "alice", "alice@example.org", product, "Plan " + product,
                "monthly".equals(product) ? Unlocks.kinds(ItemKind.VIDEO) : Unlocks.all(), status, periodEnd, cancel,
                cancel ? periodEnd : null, null, null, modifiedAt);
    }

    private SubscriptionResult apply(SubscriptionChange change) {
        return h.core.changeSubscription().apply(change);
    }

    private boolean opens(ItemId item) {
        var content = h.stores.catalog().find(item).orElseThrow();
        return new UserGrants(h.stores.grants().of(ALICE)).accessTo(content, h.clock.instant()).isOpen();
    }

    @Test
    void aRenewalOrderExtendsAccessToTheNewPeriodAndTheOrderAloneGrantsNothingForever() {
        var firstEnd = h.clock.instant().plus(Duration.ofDays(30));
        apply(state("monthly", SubscriptionStatus.ACTIVE, firstEnd, false, h.clock.tick()));
        h.clock.advance(Duration.ofDays(30));
        var secondEnd = firstEnd.plus(Duration.ofDays(30));
        h.core.fulfilProductOrder().fulfil(new PaidProductOrder("order_2", null, "alice", "alice@example.org",
                "monthly", "Plan monthly", Money.usd(9_00), "sub_1", h.clock.tick(), Unlocks.kinds(ItemKind.VIDEO),
                state("monthly", SubscriptionStatus.ACTIVE, secondEnd, false, h.clock.instant())));

        assertThat(opens(CoreHarness.VIDEO)).isTrue();
        h.clock.advance(Duration.ofDays(31));
        assertThat(opens(CoreHarness.VIDEO)).as("a renewal's order grants no access past the period").isFalse();
    }

    @Test
    void aPlanChangeMovesTheAccessAndAnOlderEventOfTheOldPlanArrivingLateChangesNothing() {
        var end = h.clock.instant().plus(Duration.ofDays(30));
        var first = h.clock.tick();
        var changed = h.clock.tick();
        apply(state("everything", SubscriptionStatus.ACTIVE, end, false, changed));

        assertThat(apply(state("monthly", SubscriptionStatus.ACTIVE, end, false, first)))
                .isEqualTo(new SubscriptionResult.Stale("sub_1"));
        assertThat(opens(CoreHarness.PHOTO)).isTrue();
        assertThat(opens(CoreHarness.VIDEO)).isTrue();

        apply(state("monthly", SubscriptionStatus.ACTIVE, end, false, h.clock.tick()));
        assertThat(opens(CoreHarness.VIDEO)).isTrue();
        assertThat(opens(CoreHarness.PHOTO)).as("the plan for videos opens no photo").isFalse();
    }

    @Test
    void theSubscriberIsToldWhenAccessStartsChangesAndEndsOnceEach() {
        var end = Instant.parse("2027-01-06T08:00:00Z");
        var active = state("monthly", SubscriptionStatus.ACTIVE, end, false, h.clock.tick());
        apply(active);
        apply(active);
        apply(state("monthly", SubscriptionStatus.ACTIVE, end, true, h.clock.tick()));
        apply(state("monthly", SubscriptionStatus.PAUSED, end, false, h.clock.tick()));

        assertThat(h.stores.notifications().of(ALICE, new PageRequest(1, 10)).items().stream().map(Notification::message)).containsExactly(
                "Your access to Plan monthly ended: the subscription is paused.",
                "Your access to Plan monthly now lasts until 6 Jan 2027, 08:00 UTC (canceled: access until the paid"
                        + " period ends).",
                "Your subscription to Plan monthly gives you access until 6 Jan 2027, 09:00 UTC (renews at the end of"
                        + " each period).");
    }

    @Test
    void aPastDueGraceRunsFromTheFirstPastDueStateSeenHoweverOftenPolarTouchesTheSubscriptionAfter() {
        var periodEnd = h.clock.instant();
        apply(state("monthly", SubscriptionStatus.PAST_DUE, periodEnd, false, h.clock.tick()));
        h.clock.advance(Duration.ofDays(5));
        apply(state("monthly", SubscriptionStatus.PAST_DUE, periodEnd, false, h.clock.tick()));
        h.clock.advance(Duration.ofDays(2));
        assertThat(opens(CoreHarness.VIDEO)).as("7 days after the renewal failed, still unpaid").isFalse();

        var nextEnd = h.clock.instant().plus(Duration.ofDays(30));
        apply(state("monthly", SubscriptionStatus.ACTIVE, nextEnd, false, h.clock.tick()));
        h.clock.advance(Duration.ofDays(30));
        apply(state("monthly", SubscriptionStatus.PAST_DUE, nextEnd, false, h.clock.tick()));
        h.clock.advance(Duration.ofDays(6));
        assertThat(opens(CoreHarness.VIDEO)).as("a later failure, after a recovery, has a grace of its own").isTrue();
    }
}
