package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.port.out.CatalogStore;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The content catalog in memory. */
public final class InMemoryCatalogStore implements CatalogStore {

    private final ConcurrentSkipListMap<String, CatalogItem> items = new ConcurrentSkipListMap<>();

    @Override
    public void save(CatalogItem item) {
        items.put(item.id().value(), item);
    }

    @Override
    public Optional<CatalogItem> find(ItemId id) {
        return Optional.ofNullable(items.get(id.value()));
    }

    @Override
    public List<CatalogItem> all() {
        return List.copyOf(items.values());
    }
}
