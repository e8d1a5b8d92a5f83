package dev.plara.wallet.core.domain.access;

import dev.plara.wallet.core.domain.money.Money;

import java.time.Duration;
import java.util.Objects;

/**
 * Content sold for wallet balance. A subscription plan sells periods of {@code accessPeriod} and states what it
 * {@code unlocks}; a video or photo is owned for good, has no period and unlocks itself.
 *
 * @param mediaRef what the item opens once owned (a URL or a path of the host platform)
 */
public record CatalogItem(ItemId id, ItemKind kind, String title, String description, Money price,
                          Duration accessPeriod, String mediaRef, Unlocks unlocks) {

    public CatalogItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(mediaRef, "media reference");
        Objects.requireNonNull(unlocks, "unlocks");
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
        if (plan ? unlocks.isEmpty() : !unlocks.equals(Unlocks.item(id))) {
            throw new IllegalArgumentException("a plan states what it unlocks; a video or photo unlocks itself");
        }
    }

    /** A video or photo, which unlocks itself. */
    public CatalogItem(ItemId id, ItemKind kind, String title, String description, Money price, Duration accessPeriod,
                       String mediaRef) {
        this(id, kind, title, description, price, accessPeriod, mediaRef, Unlocks.item(id));
    }

    public boolean isPlan() {
        return kind == ItemKind.SUBSCRIPTION_PLAN;
    }
}
