package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;

import java.util.List;
import java.util.Optional;

/**
 * The content sold for wallet balance.
 *
 * <p>Contract: {@link #save} inserts or replaces the item with that id; {@link #all} lists items ordered by id.
 */
public interface CatalogStore {

    void save(CatalogItem item);

    Optional<CatalogItem> find(ItemId id);

    List<CatalogItem> all();
}
