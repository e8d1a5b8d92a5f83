package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.Unlocks;

import java.util.List;
import java.util.Objects;

/**
 * A product sold through the payment provider (a Polar product), as the pricing page lists it.
 *
 * @param recurringInterval {@code month}, {@code year}, ... for a subscription; {@code null} for a one-time product
 * @param creditPack        whether buying it credits the buyer's wallet with its price (a fixed credit pack) instead
 *                          of granting access to it
 * @param unlocks           what buying it opens (its {@code plara_unlocks}; a product that names nothing opens
 *                          itself, {@code item:polar-product:<id>}; a credit pack opens nothing)
 */
public record PaymentProduct(String id, String name, String description, String recurringInterval,
                             List<ProductPrice> prices, boolean creditPack, Unlocks unlocks) {

    public PaymentProduct {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        prices = List.copyOf(prices);
        Objects.requireNonNull(unlocks, "unlocks");
    }

    /** A product that states nothing it unlocks: a credit pack opens nothing, any other product opens itself. */
    public PaymentProduct(String id, String name, String description, String recurringInterval,
                          List<ProductPrice> prices, boolean creditPack) {
        this(id, name, description, recurringInterval, prices, creditPack, creditPack
                ? Unlocks.parse("") : itself(id));
    }

    /** What a product that names nothing opens: itself. */
    public static Unlocks itself(String productId) {
        return Unlocks.item(ItemId.polarProduct(productId));
    }

    /** The item id a grant from this product is sold as. */
    public ItemId soldAs() {
        return ItemId.polarProduct(id);
    }

    public boolean isRecurring() {
        return recurringInterval != null;
    }
}
