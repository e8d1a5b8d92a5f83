package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.port.out.CatalogStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link CatalogStore} contract, run against every implementation. */
public abstract class CatalogStoreContract {

    private CatalogStore store;

    protected abstract CatalogStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void itemsAreKeptExactlyListedByIdAndReplacedBySavingAgain() {
        var plan = Samples.plan("plan-monthly", 9_99);
        store.save(Samples.video("video-2", 3_00));
        store.save(plan);
        store.save(Samples.video("video-1", 2_00));
        var cheaper = Samples.video("video-2", 1_50);
        store.save(cheaper);

        assertThat(store.all()).extracting(CatalogItem::id)
                .containsExactly(ItemId.of("plan-monthly"), ItemId.of("video-1"), ItemId.of("video-2"));
        assertThat(store.find(ItemId.of("video-2"))).contains(cheaper);
        assertThat(store.find(ItemId.of("plan-monthly"))).contains(plan);
        assertThat(store.find(ItemId.of("nothing"))).isEmpty();
    }
}
