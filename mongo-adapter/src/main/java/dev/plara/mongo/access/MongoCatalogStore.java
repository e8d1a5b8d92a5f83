package dev.plara.mongo.access;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.port.out.CatalogStore;
import org.bson.Document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Catalog items in {@code catalog_items}, one document per item id; a plan's access period kept in nanoseconds, what an
 * item unlocks in its text form.
 */
public final class MongoCatalogStore implements CatalogStore {

    private final StoreCollection items;

    public MongoCatalogStore(StoreCollection items) {
        this.items = items;
    }

    @Override
    public void save(CatalogItem item) {
        items.replace(Filters.eq("_id", item.id().value()), toDocument(item), new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<CatalogItem> find(ItemId id) {
        return Optional.ofNullable(items.byId(id.value())).map(MongoCatalogStore::fromDocument);
    }

    @Override
    public List<CatalogItem> all() {
        return items.find(Filters.empty()).sort(Sorts.ascending("_id")).map(MongoCatalogStore::fromDocument)
                .into(new ArrayList<>());
    }

    private static Document toDocument(CatalogItem item) {
        var document = new Document("_id", item.id().value())
                .append("kind", item.kind().name())
                .append("title", item.title())
                .append("description", item.description())
                .append("price", DocumentValues.money(item.price()))
                .append("mediaRef", item.mediaRef())
                .append("unlocks", item.unlocks().text());
        return DocumentValues.putIfPresent(document, "accessPeriodNanos",
                DocumentValues.mapNullable(item.accessPeriod(), Duration::toNanos));
    }

    /** An item saved before items stated what they unlock: a plan then opened everything, an item itself. */
    private static CatalogItem fromDocument(Document d) {
        var id = new ItemId(d.getString("_id"));
        var kind = ItemKind.valueOf(d.getString("kind"));
        var unlocks = d.containsKey("unlocks") ? Unlocks.parse(d.getString("unlocks"))
                : kind == ItemKind.SUBSCRIPTION_PLAN ? Unlocks.all() : Unlocks.item(id);
        return new CatalogItem(id, kind, d.getString("title"), d.getString("description"),
                DocumentValues.money(d.get("price", Document.class)),
                d.containsKey("accessPeriodNanos") ? Duration.ofNanos(DocumentValues.longValue(d, "accessPeriodNanos")) : null,
                d.getString("mediaRef"), unlocks);
    }
}
