package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.payment.SubscriptionTerm;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscription's order whose subscription state is not known (the provider's report of it was unreadable) grants
 * access only for the period it paid: to the period's end when the order says it, else one billing interval from
 * payment plus the renewal leeway; never for good, so it neither keeps access after an unpaid period nor makes a
 * lifetime product it covers "already owned"; any real state of the subscription replaces it.
 */
class ProvisionalSubscriptionGrantTest {

    private static final UserId ALICE = UserId.of("alice");
    private static final PaymentProduct LIFETIME_VIDEOS = new PaymentProduct("prod_videos_forever", "Every video",
            "", null, List.of(), false, Unlocks.kinds(ItemKind.VIDEO));

    private final CoreHarness h = CoreHarness.usd();

    private PaidProductOrder order(Instant paidAt, SubscriptionTerm term) {
        return new PaidProductOrder("order_1", null, "alice", "alice@example.org", "prod_monthly", "Monthly Plan",
                Money.usd(9_00), "sub_1", paidAt, Unlocks.kinds(ItemKind.VIDEO), null, term);
    }

    private boolean videoOpensAt(Instant at) {
        var video = h.stores.catalog().find(CoreHarness.VIDEO).orElseThrow();
        return new UserGrants(h.stores.grants().of(ALICE)).accessTo(video, at).isOpen();
    }

    @Test
    void withoutItsSubscriptionsStateAnOrderGrantsOneBillingIntervalAndTheLeewayThenNothing() {
        var paidAt = h.clock.tick();
        h.core.fulfilProductOrder().fulfil(order(paidAt, new SubscriptionTerm(null, Period.ofMonths(1))));

        var end = paidAt.atZone(ZoneOffset.UTC).plusMonths(1).toInstant().plus(Duration.ofHours(1));
        assertThat(videoOpensAt(end.minusSeconds(1))).isTrue();
        assertThat(videoOpensAt(end)).as("an unconfirmed period is not access for good").isFalse();
    }

    @Test
    void anOrderThatStatesItsPeriodsEndGrantsUntilThen() {
        var periodEnd = h.clock.instant().plus(Duration.ofDays(30));
        h.core.fulfilProductOrder().fulfil(order(h.clock.tick(), new SubscriptionTerm(periodEnd, Period.ofMonths(1))));

        assertThat(videoOpensAt(periodEnd.minusSeconds(1))).isTrue();
        assertThat(videoOpensAt(periodEnd)).isFalse();
    }

    @Test
    void itNeverMakesALifetimeProductItCoversAlreadyOwned() {
        h.core.fulfilProductOrder().fulfil(order(h.clock.tick(), new SubscriptionTerm(null, Period.ofMonths(1))));

        assertThat(videoOpensAt(h.clock.instant())).isTrue();
        assertThat(h.core.checkAccess().holding(ALICE, LIFETIME_VIDEOS)).as("a subscription is not held for good")
                .isEmpty();
    }

    @Test
    void theSubscriptionsRealStateReplacesItEvenWhenItArrivesFirstOrLater() {
        h.core.fulfilProductOrder().fulfil(order(h.clock.tick(), new SubscriptionTerm(null, Period.ofMonths(1))));
        h.core.changeSubscription().apply(new SubscriptionChange("sub_1", "alice", "alice@example.org",
                "prod_monthly", "Monthly Plan", Unlocks.kinds(ItemKind.VIDEO), SubscriptionStatus.PAUSED,
                h.clock.instant().plus(Duration.ofDays(30)), false, null, null, null, h.clock.tick()));

        assertThat(videoOpensAt(h.clock.instant())).as("the paused subscription gives no access").isFalse();
        h.core.fulfilProductOrder().fulfil(order(h.clock.tick(), new SubscriptionTerm(null, Period.ofMonths(1))));
        assertThat(videoOpensAt(h.clock.instant())).isFalse();
    }
}
