package dev.plara.mongo.access;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.port.out.CatalogStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog with each item read kept for {@link #TTL}, so a purchase does not look its item up in the store: an item
 * saved through this cache is read back at once, an item saved by another server is read at once when new and within
 * {@link #TTL} when changed. Absent items are not kept. Listing always reads the store.
 */
public final class CachedCatalogStore implements CatalogStore {

    /** How long a change to an item saved by another server can go unseen here. */
    public static final Duration TTL = Duration.ofSeconds(30);
    private static final int MAX_ITEMS = 10_000;

    private final CatalogStore stored;
    private final Clock clock;
    private final Map<ItemId, Kept> kept = new ConcurrentHashMap<>();

    public CachedCatalogStore(CatalogStore stored, Clock clock) {
        this.stored = stored;
        this.clock = clock;
    }

    @Override
    public void save(CatalogItem item) {
        kept.remove(item.id());
        stored.save(item);
        keep(item);
    }

    @Override
    public Optional<CatalogItem> find(ItemId id) {
        var now = clock.instant();
        var held = kept.get(id);
        if (held != null && now.isBefore(held.until())) {
            return Optional.of(held.item());
        }
        var found = stored.find(id);
        found.ifPresentOrElse(this::keep, () -> kept.remove(id));
        return found;
    }

    @Override
    public List<CatalogItem> all() {
        return stored.all();
    }

    private void keep(CatalogItem item) {
        if (kept.size() >= MAX_ITEMS) {
            kept.clear();
        }
        kept.put(item.id(), new Kept(item, clock.instant().plus(TTL)));
    }

    private record Kept(CatalogItem item, Instant until) {
    }
}
