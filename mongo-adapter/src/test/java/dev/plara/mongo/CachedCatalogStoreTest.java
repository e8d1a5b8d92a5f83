package dev.plara.mongo;

import dev.plara.mongo.access.CachedCatalogStore;
import dev.plara.wallet.core.contract.CatalogStoreContract;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.memory.InMemoryCatalogStore;
import dev.plara.wallet.core.port.out.CatalogStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Catalog items kept for {@link CachedCatalogStore#TTL}: a change saved through this server is read at once, a new
 * item saved by another server at once, and a change another server saved within that time.
 */
class CachedCatalogStoreTest extends CatalogStoreContract {

    private final TestClock clock = TestClock.standard();
    private final InMemoryCatalogStore database = new InMemoryCatalogStore();

    @Override
    protected CatalogStore newStore() {
        return new CachedCatalogStore(new InMemoryCatalogStore(), clock);
    }

    @Test
    void aChangeSavedElsewhereIsReadWithinTheStatedTimeAndOneSavedHereAtOnce() {
        var here = new CachedCatalogStore(database, clock);
        var elsewhere = new CachedCatalogStore(database, clock);
        var id = ItemId.of("video-1");
        assertThat(here.find(id)).isEmpty();
        elsewhere.save(video(2_00));
        assertThat(here.find(id)).contains(video(2_00));

        elsewhere.save(video(1_50));
        clock.advance(CachedCatalogStore.TTL.minusSeconds(1));
        assertThat(here.find(id)).contains(video(2_00));
        clock.advance(Duration.ofSeconds(1));
        assertThat(here.find(id)).contains(video(1_50));

        here.save(video(1_00));
        assertThat(here.find(id)).contains(video(1_00));
    }

    private static CatalogItem video(long cents) {
        return new CatalogItem(ItemId.of("video-1"), ItemKind.VIDEO, "Video", "A film", Money.usd(cents), null, "/v/1");
    }
}
