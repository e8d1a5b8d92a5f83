package dev.plara.app;

import dev.plara.wallet.core.domain.access.GrantStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;

import static dev.plara.app.SubscribedAtPolar.VIDEO;
import static java.time.temporal.ChronoUnit.MICROS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A failed renewal at the emulator, then later changes to the still past-due subscription: the real server's grace
 * ({@code PLARA_PAST_DUE_GRACE_DAYS}, 7) runs from the failure, not from each change, so access ends 7 days after it
 * while the renewal stays unpaid. Webhooks arrive twice and out of order.
 */
@ExtendWith(AliceSubscribed.class)
class PastDueGraceTest {

    private final SubscribedAtPolar alice;

    PastDueGraceTest(SubscribedAtPolar alice) {
        this.alice = alice;
    }

    private void awaitPolarsLatestChange() {
        long version = MICROS.between(Instant.EPOCH, alice.atPolar().modifiedAt());
        await("the grant follows Polar's latest change").atMost(Duration.ofSeconds(20))
                .until(() -> alice.grant().version() == version);
    }

    @Test
    void laterChangesToAPastDueSubscriptionDoNotRestartItsGrace() {
        alice.controls.failRenewal(alice.subscriptionId);
        awaitPolarsLatestChange();
        var failedAt = alice.atPolar().pastDueAt();
        assertThat(alice.grant().status()).isEqualTo(GrantStatus.PAST_DUE);

        alice.plara.emulator.controls().advanceClock(Duration.ofDays(5));
        alice.controls.cancel(alice.subscriptionId);
        awaitPolarsLatestChange();
        assertThat(alice.atPolar().status()).isEqualTo("past_due");
        assertThat(alice.grant().status()).as("still unpaid, so its grace is kept").isEqualTo(GrantStatus.PAST_DUE);
        assertThat(alice.opens(VIDEO)).as("within the grace").isTrue();

        alice.plara.emulator.controls().advanceClock(Duration.ofDays(2).plusMinutes(1));
        assertThat(alice.grant().validUntil()).isEqualTo(failedAt.plus(Duration.ofDays(7)));
        assertThat(alice.opens(VIDEO)).as("7 days after the failed renewal, still unpaid").isFalse();
    }
}
