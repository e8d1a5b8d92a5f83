package dev.plara.mongo;

import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.user.UserId;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order an earlier Plara stored with the end of its period cut to the millisecond (no {@code periodEndNanos}) still
 * ends that period when it is refunded in full: a later state of the same period, which Polar states to the
 * microsecond within that millisecond, opens nothing again.
 */
class OrdersOfEarlierVersionsTest {

    private static final Instant T0 = CoreOnMongo.T0;
    private static final Instant PERIOD_END = Instant.parse("2026-12-22T10:00:00.123456Z");

    @Test
    void aStateOfAPeriodWhoseOrderWasStoredToTheMillisecondAndRefundedInFullOpensNothing() {
        String name = InProcessMongo.newDatabaseName();
        InProcessMongo.shared().client().getDatabase(name).getCollection(MongoSchema.PRODUCT_ORDERS).insertOne(
                new Document("_id", "order_1").append("owner", "alice").append("email", "alice@example.org")
                        .append("productId", "prod_monthly").append("productName", "Monthly Plan")
                        .append("amount", new Document("minor", 9_00L).append("currency", "USD"))
                        .append("refunded", new Document("minor", 0L).append("currency", "USD"))
                        .append("refundIds", List.of()).append("paidAt", Date.from(T0.minus(Duration.ofDays(1))))
                        .append("subscriptionId", "sub_1").append("periodEnd", Date.from(PERIOD_END)));
        var stores = InProcessMongo.shared().stores(name, WriteObserver.NONE);
        stores.catalog().save(new CatalogItem(ItemId.of("video-welcome"), ItemKind.VIDEO, "Welcome", "",
                Money.usd(2_00), null, "demo:video-welcome"));
        var core = CoreOnMongo.on(stores);
        core.changeSubscription().apply(state(T0.minus(Duration.ofHours(2))));

        core.applyRefund().apply(CompletedRefund.untaxed("refund_1", "order_1", Money.usd(9_00),
                T0.minus(Duration.ofHours(1))));
        core.changeSubscription().apply(state(T0.minus(Duration.ofMinutes(30))));

        assertThat(stores.grants().bySource(GrantSource.polarSubscription("sub_1")).orElseThrow().status())
                .isEqualTo(GrantStatus.REVOKED);
        assertThat(core.checkAccess().access(UserId.of("alice"), ItemId.of("video-welcome")).orElseThrow().isOpen())
                .as("the refunded period stays closed").isFalse();
    }

    private static SubscriptionChange state(Instant modifiedAt) {
        return new SubscriptionChange("sub_1", "alice", "alice@example.org", "prod_monthly", "Monthly Plan",
                Unlocks.kinds(ItemKind.VIDEO), SubscriptionStatus.ACTIVE, PERIOD_END, false, null, null, null,
                modifiedAt);
    }
}
