package dev.plara.mongo;

import com.mongodb.client.model.Filters;
import dev.plara.mongo.access.MongoGrantStore;
import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseContent;
import dev.plara.wallet.core.port.in.PurchaseContentUseCase.PurchaseResult;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grants an earlier Plara stored without the keys they are filed under ({@code opens}) are filed when the stores are
 * opened, so the reads that look only at the grants filed under an item's keys still see them: what was bought stays
 * open and is not sold again. A grant whose end an earlier Plara cut to the millisecond (no {@code validUntilNanos})
 * lasts to the end of that millisecond: never shorter than the provider said.
 */
class GrantsOfEarlierVersionsTest {

    @Test
    void grantsStoredWithoutTheirKeysAreFiledAtStartAndStillCount() {
        String name = InProcessMongo.newDatabaseName();
        var grants = InProcessMongo.shared().client().getDatabase(name).getCollection(MongoSchema.GRANTS);
        grants.insertOne(old("wallet-purchase:purchase:alice:video-welcome", "item:video-welcome", "video-welcome"));
        grants.insertOne(old("polar-order:order_1", "kind:photo", "polar-product:prod_photos"));

        var stores = InProcessMongo.shared().stores(name, WriteObserver.NONE);
        stores.catalog().save(new CatalogItem(ItemId.of("photo-simien"), ItemKind.PHOTO, "Simien", "", Money.usd(3_00),
                null, "demo:photo-simien"));
        stores.catalog().save(new CatalogItem(ItemId.of("video-welcome"), ItemKind.VIDEO, "Welcome", "",
                Money.usd(2_00), null, "demo:video-welcome"));
        var core = CoreOnMongo.on(stores);

        assertThat(opens(core, "video-welcome")).isTrue();
        assertThat(opens(core, "photo-simien")).isTrue();
        assertThat(core.purchaseContent().purchase(new PurchaseContent(UserId.of("alice"), ItemId.of("photo-simien"))))
                .isInstanceOf(PurchaseResult.AlreadyOwned.class);
        assertThat(grants.countDocuments(Filters.exists(MongoGrantStore.OPENS, false))).isZero();
        assertThat(stores.grants().fileUnfiled()).as("a second start files nothing").isZero();
    }

    @Test
    void aGrantWhoseEndWasStoredToTheMillisecondLastsToTheEndOfThatMillisecond() {
        String name = InProcessMongo.newDatabaseName();
        Instant end = CoreOnMongo.T0.plus(Duration.ofDays(30));
        InProcessMongo.shared().client().getDatabase(name).getCollection(MongoSchema.GRANTS).insertOne(
                old("polar-subscription:sub_1", "kind:video", "polar-product:prod_monthly")
                        .append("validUntil", Date.from(end)));
        var stores = InProcessMongo.shared().stores(name, WriteObserver.NONE);
        stores.catalog().save(new CatalogItem(ItemId.of("video-welcome"), ItemKind.VIDEO, "Welcome", "",
                Money.usd(2_00), null, "demo:video-welcome"));

        assertThat(stores.grants().bySource(GrantSource.polarSubscription("sub_1")).orElseThrow().validUntil())
                .isEqualTo(end.plusNanos(999_999));
        assertThat(opens(CoreOnMongo.at(stores, end.plusNanos(999_998)), "video-welcome")).isTrue();
        assertThat(opens(CoreOnMongo.at(stores, end.plusMillis(1)), "video-welcome")).isFalse();
    }

    private static boolean opens(WalletCore core, String item) {
        return core.checkAccess().access(UserId.of("alice"), ItemId.of(item)).orElseThrow().isOpen();
    }

    /** A grant as the version before stored it: no {@code opens}. */
    private static Document old(String source, String unlocks, String soldAs) {
        return new Document("_id", source).append("user", "alice").append("unlocks", unlocks).append("soldAs", soldAs)
                .append("title", soldAs).append("status", "ACTIVE")
                .append("validFrom", Date.from(CoreOnMongo.T0.minus(Duration.ofDays(1)))).append("version", 0L);
    }
}
