package dev.plara.app;

import dev.plara.polar.emulator.DeliveryAttempt;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.wallet.core.domain.access.GrantStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.plara.app.SubscribedAtPolar.PHOTO;
import static dev.plara.app.SubscribedAtPolar.VIDEO;
import static org.assertj.core.api.Assertions.assertThat;
import static java.time.temporal.ChronoUnit.MICROS;
import static org.awaitility.Awaitility.await;

/**
 * Each of Polar's subscription transitions, made on the emulator and delivered to the real server's webhook endpoint
 * twice and in reverse order, then every event of the history sent again newest first: the grant always ends as
 * Polar's latest state implies (the Monthly Plan opens videos, the plan for everything opens photos too).
 */
@ExtendWith(AliceSubscribed.class)
class SubscriptionLifecycleTest {

    private final SubscribedAtPolar alice;

    SubscriptionLifecycleTest(SubscribedAtPolar alice) {
        this.alice = alice;
    }

    /** The access Polar's state implies, from the rules: null for none. */
    private static Instant implied(PolarSubscription s) {
        if (s.endedAt() != null || List.of("paused", "unpaid", "canceled", "incomplete_expired").contains(s.status())) {
            return null;
        }
        if (s.cancelAtPeriodEnd()) {
            return s.endsAt();
        }
        return "past_due".equals(s.status()) ? s.pastDueAt().plus(Duration.ofDays(7))
                : s.currentPeriodEnd().plus(Duration.ofHours(1));
    }

    /** Waits for the server to follow Polar, then replays the whole history newest first: nothing moves. */
    private void followsPolar(boolean video, boolean photo) {
        var polar = alice.atPolar();
        var expected = implied(polar);
        await("the grant to follow Polar's " + polar.status()).atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertGrant(polar, expected));
        assertThat(alice.opens(VIDEO)).as("a video opens").isEqualTo(video);
        assertThat(alice.opens(PHOTO)).as("a photo opens: %s", alice.grant()).isEqualTo(photo);

        List<DeliveryAttempt> history = alice.deliveries();
        alice.redeliverNewestFirst(history);
        assertGrant(polar, expected);
        assertThat(alice.opens(VIDEO)).isEqualTo(video);
        assertThat(alice.opens(PHOTO)).isEqualTo(photo);
    }

    private void assertGrant(PolarSubscription polar, Instant expected) {
        var grant = alice.grant();
        assertThat(grant.version()).as("the grant follows Polar's latest change")
                .isEqualTo(MICROS.between(Instant.EPOCH, polar.modifiedAt()));
        if (expected == null) {
            assertThat(grant.status()).isEqualTo(GrantStatus.REVOKED);
        } else {
            assertThat(grant.status()).isNotEqualTo(GrantStatus.REVOKED);
            assertThat(grant.validUntil()).as("kept exactly").isEqualTo(expected);
        }
    }

    @Test
    void aRenewalExtendsAccessToTheNewPeriod() {
        var firstEnd = alice.atPolar().currentPeriodEnd();
        alice.controls.renew(alice.subscriptionId);

        followsPolar(true, false);
        assertThat(alice.grant().validUntil()).isAfter(firstEnd.plus(Duration.ofDays(27)));
    }

    @Test
    void aFailedRenewalKeepsAccessForTheGraceAndARecoveryRestoresThePeriod() {
        alice.controls.failRenewal(alice.subscriptionId);
        followsPolar(true, false);

        alice.controls.recover(alice.subscriptionId);
        followsPolar(true, false);
    }

    @Test
    void aFailedRenewalGivenUpEndsAccess() {
        alice.controls.failRenewal(alice.subscriptionId);
        followsPolar(true, false);

        alice.controls.markUnpaid(alice.subscriptionId);
        followsPolar(false, false);
    }

    @Test
    void pausingEndsAccessAndResumingBringsItBack() {
        alice.controls.pause(alice.subscriptionId);
        followsPolar(false, false);

        alice.controls.resume(alice.subscriptionId);
        followsPolar(true, false);
    }

    @Test
    void aPlanChangeMovesAccessToTheNewPlansUnlocks() {
        alice.controls.changePlan(alice.subscriptionId, alice.plara.shop.productNamed("Monthly Plan \u2013 everything"),
                null);

        followsPolar(true, true);
        assertThat(alice.grant().title()).isEqualTo("Monthly Plan \u2013 everything");
    }

    @Test
    void revokingEndsAccessNow() {
        alice.controls.revoke(alice.subscriptionId);

        followsPolar(false, false);
    }

    @Test
    void cancelingKeepsAccessUntilThePeriodEndsAndUncancelingRenewsAgain() {
        alice.controls.cancel(alice.subscriptionId);
        followsPolar(true, false);
        assertThat(alice.grant().validUntil()).isEqualTo(alice.atPolar().currentPeriodEnd());

        alice.controls.uncancel(alice.subscriptionId);
        followsPolar(true, false);

        alice.controls.cancel(alice.subscriptionId);
        followsPolar(true, false);
        alice.plara.emulator.controls().advanceClock(Duration.between(alice.plara.emulator.controls().now(),
                alice.atPolar().currentPeriodEnd()).plusMinutes(1));
        followsPolar(false, false);
    }
}
