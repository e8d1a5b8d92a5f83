package dev.plara.wallet.core.domain.access;

import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Each of Polar's subscription states, and the access it implies. */
class SubscriptionAccessPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final Instant PERIOD_END = NOW.plus(Duration.ofDays(20));
    private final SubscriptionAccessPolicy policy = SubscriptionAccessPolicy.defaults();

    private static SubscriptionChange state(SubscriptionStatus status, boolean cancel, Instant endsAt, Instant endedAt,
                                            Instant pastDueAt) {
        return new SubscriptionChange("sub", "alice", null, "plan", "Plan", Unlocks.all(), status, PERIOD_END, cancel, endsAt,
                endedAt, pastDueAt, NOW);
    }

    private Instant until(SubscriptionStatus status, boolean cancel, Instant endsAt, Instant endedAt, Instant pastDue) {
        return policy.accessOf(state(status, cancel, endsAt, endedAt, pastDue)).until();
    }

    @Test
    void trialingAndActiveLastUntilThePeriodEndsPlusTheRenewalLeeway() {
        assertThat(until(SubscriptionStatus.ACTIVE, false, null, null, null)).isEqualTo(PERIOD_END.plusSeconds(3600));
        assertThat(until(SubscriptionStatus.TRIALING, false, null, null, null)).isEqualTo(PERIOD_END.plusSeconds(3600));
    }

    @Test
    void aCancellationAtPeriodEndLastsExactlyUntilEndsAt() {
        assertThat(until(SubscriptionStatus.ACTIVE, true, PERIOD_END, null, null)).isEqualTo(PERIOD_END);
        assertThat(until(SubscriptionStatus.ACTIVE, true, null, null, null)).isEqualTo(PERIOD_END);
    }

    @Test
    void pastDueKeepsAccessForTheGraceFromTheFailedPaymentButNotPastACancellation() {
        Instant failed = NOW.minus(Duration.ofDays(1));
        assertThat(until(SubscriptionStatus.PAST_DUE, false, null, null, failed)).isEqualTo(failed.plus(Duration.ofDays(7)));
        assertThat(until(SubscriptionStatus.PAST_DUE, false, null, null, null)).isEqualTo(NOW.plus(Duration.ofDays(7)));
        Instant soon = NOW.plus(Duration.ofDays(2));
        assertThat(until(SubscriptionStatus.PAST_DUE, true, soon, null, failed)).isEqualTo(soon);
        var noGrace = new SubscriptionAccessPolicy(Duration.ZERO, Duration.ZERO);
        assertThat(noGrace.accessOf(state(SubscriptionStatus.PAST_DUE, false, null, null, failed)).activeAt(NOW))
                .isFalse();
    }

    @Test
    void aStatusPolarAddedLaterGivesOnlyThePeriodPolarReportsWithoutLeeway() {
        assertThat(until(SubscriptionStatus.UNKNOWN, false, null, null, null)).isEqualTo(PERIOD_END);
        Instant soon = NOW.plus(Duration.ofDays(2));
        assertThat(until(SubscriptionStatus.UNKNOWN, true, soon, null, null)).isEqualTo(soon);
        assertThat(until(SubscriptionStatus.UNKNOWN, false, null, NOW, null)).isNull();
    }

    @Test
    void endedPausedUnpaidAndNeverPaidSubscriptionsGiveNone() {
        assertThat(until(SubscriptionStatus.CANCELED, false, NOW, NOW, null)).isNull();
        assertThat(until(SubscriptionStatus.ACTIVE, true, NOW, NOW, null)).as("ended_at wins").isNull();
        assertThat(until(SubscriptionStatus.PAUSED, false, null, null, null)).isNull();
        assertThat(until(SubscriptionStatus.UNPAID, false, null, null, NOW)).isNull();
        assertThat(until(SubscriptionStatus.INCOMPLETE, false, null, null, null)).isNull();
        assertThat(until(SubscriptionStatus.INCOMPLETE_EXPIRED, false, null, null, null)).isNull();
        assertThat(policy.accessOf(state(SubscriptionStatus.PAUSED, false, null, null, null)).why())
                .isEqualTo("the subscription is paused");
    }

    @Test
    void aLaterFailureWithItsOwnFailureTimeGetsItsOwnGraceButAStateWithoutOneKeepsTheRunningGrace() {
        Instant failed = NOW.minus(Duration.ofDays(1));
        Instant oldGraceEnd = NOW.minus(Duration.ofDays(30));
        var later = state(SubscriptionStatus.PAST_DUE, false, null, null, failed);
        assertThat(policy.accessOf(later, oldGraceEnd).until()).as("a recovery in between was lost")
                .isEqualTo(failed.plus(Duration.ofDays(7)));
        assertThat(policy.accessOf(state(SubscriptionStatus.PAST_DUE, false, null, null, null), oldGraceEnd).until())
                .as("without its failure time a past-due state keeps the running grace").isEqualTo(oldGraceEnd);
    }
}
