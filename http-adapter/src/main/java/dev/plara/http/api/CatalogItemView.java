package dev.plara.http.api;

import dev.plara.wallet.core.domain.access.CatalogItem;

/**
 * Content for sale for wallet balance. {@code owned} is present only for a signed-in user, and {@code mediaRef} (what
 * the item opens) only when they own it.
 */
record CatalogItemView(String id, String kind, String title, String description, MoneyView price,
                       Long accessPeriodDays, Boolean owned, String mediaRef) {

    /** @param owned {@code null} when nobody is signed in */
    static CatalogItemView from(CatalogItem item, Boolean owned) {
        return new CatalogItemView(item.id().value(), WireFormat.name(item.kind()), item.title(), item.description(),
                MoneyView.from(item.price()), item.accessPeriod() == null ? null : item.accessPeriod().toDays(),
                owned, Boolean.TRUE.equals(owned) ? item.mediaRef() : null);
    }
}
