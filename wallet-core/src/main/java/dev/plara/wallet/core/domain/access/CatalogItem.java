package dev.plara.wallet.core.domain.access;

import dev.plara.wallet.core.domain.money.Money;

import java.time.Duration;
import java.util.Objects;

/**
 * Content sold for wallet balance. A subscription plan sells periods of {@code accessPeriod}; videos and photos are
 * owned for good and have none.
 *
 * @param mediaRef what the item opens once owned (a URL or a path of the host platform)
 */
public record CatalogItem(ItemId id, ItemKind kind, String title, String description, Money price,
                          Duration accessPeriod, String mediaRef) {

    public CatalogItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(mediaRef, "media reference");
        if (title.isBlank()) {
            throw new IllegalArgumentException("an item has a title");
        }
        if (!price.isPositive()) {
            throw new IllegalArgumentException("an item costs a positive amount, not " + price);
        }
        boolean plan = kind == ItemKind.SUBSCRIPTION_PLAN;
        if (plan != (accessPeriod != null) || (plan && (accessPeriod.isNegative() || accessPeriod.isZero()))) {
            throw new IllegalArgumentException("a subscription plan, and only a plan, has a positive access period");
        }
    }

    public boolean isPlan() {
        return kind == ItemKind.SUBSCRIPTION_PLAN;
    }
}
