package dev.plara.mongo;

import dev.plara.mongo.collection.WriteObserver;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscription's state that Polar sends again with a later {@code modified_at} but the same period end (to the
 * microsecond, as Polar states it) tells the subscriber nothing new: the grant on MongoDB keeps its end exactly.
 */
class SubscriptionRedeliveryTest {

    private static final Instant T0 = CoreOnMongo.T0;
    private static final Instant PERIOD_END = Instant.parse("2026-12-22T10:00:00.123456Z");

    @Test
    void anUnchangedStateSentAgainSendsNoSecondNotification() {
        var stores = InProcessMongo.shared().stores(InProcessMongo.newDatabaseName(), WriteObserver.NONE);
        var core = CoreOnMongo.on(stores);

        core.changeSubscription().apply(state(T0.minus(Duration.ofHours(2))));
        core.changeSubscription().apply(state(T0.minus(Duration.ofHours(1))));

        assertThat(stores.operations().notifications().of(UserId.of("alice"), PageRequest.first(10)).items())
                .extracting(Notification::message).singleElement().asString().contains("gives you access");
        assertThat(stores.grants().bySource(GrantSource.polarSubscription("sub_1")).orElseThrow().validUntil()
                .getNano() % 1_000_000).as("kept below the millisecond").isEqualTo(PERIOD_END.getNano() % 1_000_000);
    }

    private static SubscriptionChange state(Instant modifiedAt) {
        return new SubscriptionChange("sub_1", "alice", "alice@example.org", "prod_monthly", "Monthly Plan",
                Unlocks.kinds(ItemKind.VIDEO), SubscriptionStatus.ACTIVE, PERIOD_END, false, null, null, null,
                modifiedAt);
    }
}
