package dev.plara.polar.emulator;

import dev.plara.polar.testing.WebhookReceiver.Delivery;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.plara.polar.testing.EmulatorWorld.types;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Polar does on its own as time passes: a period's end renews a subscription, or ends one canceled at period end;
 * and a failed renewal's states are changes of their own, each with a later {@code modified_at}.
 */
class SubscriptionSchedulerTest extends AliceSubscribed {

    @Test
    void timePassingTheEndOfAPeriodRenewsOrEndsTheSubscriptionAsPolarsSchedulerDoes() {
        var period = Duration.between(world.emulator().controls().now(), subscription.currentPeriodEnd());
        world.emulator().controls().advanceClock(period.plusMinutes(1));

        assertThat(types(world.events(5))).containsExactly("subscription.cycled", "subscription.updated",
                "order.created", "order.updated", "order.paid");
        assertThat(now().currentPeriodStart()).isEqualTo(subscription.currentPeriodEnd());

        controls.cancel(subscription.id());
        world.events(2);
        world.emulator().controls().advanceClock(Duration.between(world.emulator().controls().now(),
                now().currentPeriodEnd()).plusMinutes(1));

        assertThat(types(world.events(3))).containsExactly("subscription.updated", "subscription.canceled",
                "subscription.revoked");
        assertThat(now().status()).isEqualTo("canceled");
        assertThat(now().endedAt()).isNotNull();
    }

    @Test
    void aFailedRenewalsPastDueStateIsALaterChangeThanTheCycleItFollows() {
        controls.failRenewal(subscription.id());

        List<Delivery> failed = world.events(5);
        assertThat(modifiedAt(failed.get(3))).isAfter(modifiedAt(failed.get(1)));
    }
}
