package dev.plara.http.api;

import dev.plara.wallet.core.domain.access.Access;
import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.AccessWords;

import java.time.Instant;

/**
 * Content for sale for wallet balance, with what it unlocks. {@code owned} and {@code access} are present only for a
 * signed-in user ({@code owned}: it opens now, whichever grant opens it), and {@code mediaRef} (what the item opens)
 * only when it opens.
 */
record CatalogItemView(String id, String kind, String title, String description, MoneyView price,
                       Long accessPeriodDays, String unlocks, String unlocksText, Boolean owned, AccessView access,
                       String mediaRef) {

    /** @param access {@code null} when nobody is signed in */
    static CatalogItemView from(CatalogItem item, Access access, Instant now) {
        boolean open = access != null && access.isOpen();
        return new CatalogItemView(item.id().value(), WireFormat.name(item.kind()), item.title(), item.description(),
                MoneyView.from(item.price()), item.accessPeriod() == null ? null : item.accessPeriod().toDays(),
                item.unlocks().text(), AccessWords.unlocks(item.unlocks()), access == null ? null : open,
                access == null ? null : AccessView.from(access, now), open ? item.mediaRef() : null);
    }
}
