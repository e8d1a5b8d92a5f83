package dev.plara.mongo;

import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.embedding.WalletCore;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entitlements an older Plara stored (one per user and item in {@code entitlements}) become grants at start, so what
 * was bought keeps its access: a store plan's period opens what the plan unlocks, a video its own item; a second start
 * stores nothing more.
 */
class EntitlementsOfEarlierVersionsTest {

    private static final Instant AT = CoreOnMongo.T0.minus(Duration.ofDays(1));

    @Test
    void oldEntitlementsBecomeGrantsOnceAndKeepTheirAccess() {
        String name = InProcessMongo.newDatabaseName();
        var stores = InProcessMongo.shared().stores(name, WriteObserver.NONE);
        var db = InProcessMongo.shared().client().getDatabase(name);
        stores.catalog().save(new CatalogItem(ItemId.of("plan-monthly"), ItemKind.SUBSCRIPTION_PLAN, "All-access",
                "", Money.usd(9_00), Duration.ofDays(30), "demo:plan-monthly", Unlocks.kinds(ItemKind.VIDEO,
                ItemKind.PHOTO)));
        stores.catalog().save(new CatalogItem(ItemId.of("photo-simien"), ItemKind.PHOTO, "Simien", "", Money.usd(3_00),
                null, "demo:photo-simien"));
        stores.catalog().save(new CatalogItem(ItemId.of("video-welcome"), ItemKind.VIDEO, "Welcome", "",
                Money.usd(2_00), null, "demo:video-welcome"));
        var entitlements = db.getCollection(MongoSchema.ENTITLEMENTS);
        entitlements.insertOne(old("alice", "plan-monthly", "purchase:alice:plan-monthly#1", 1)
                .append("validUntil", Date.from(AT.plus(Duration.ofDays(30)))));
        entitlements.insertOne(old("bob", "video-welcome", "purchase:bob:video-welcome", 1));

        var core = CoreOnMongo.on(stores);
        assertThat(core.migrateEntitlements().migrate()).isEqualTo(2);
        assertThat(core.migrateEntitlements().migrate()).isZero();

        assertThat(opens(core, "alice", "photo-simien")).isTrue();
        assertThat(opens(core, "alice", "video-welcome")).isTrue();
        assertThat(opens(core, "bob", "video-welcome")).isTrue();
        assertThat(opens(core, "bob", "photo-simien")).isFalse();
        assertThat(stores.grants().of(UserId.of("alice"))).extracting(grant -> grant.source().key())
                .containsExactly("store-plan:purchase:alice:plan-monthly#1");
    }

    private static boolean opens(WalletCore core, String user, String item) {
        return core.checkAccess().access(UserId.of(user), ItemId.of(item)).orElseThrow().isOpen();
    }

    private static Document old(String user, String item, String source, long version) {
        return new Document("user", user).append("item", item).append("sourceRef", source).append("status", "ACTIVE")
                .append("grantedAt", Date.from(AT)).append("version", version);
    }
}
