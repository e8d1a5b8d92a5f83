package dev.plara.wallet.core.domain.access;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifies something a user can own: a catalog item (video, photo, plan) or a Polar product bought directly. */
public record ItemId(String value) {

    /** Compiled once: an item id is checked wherever one is read, thousands of times for a buyer's grants. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    public ItemId {
        Objects.requireNonNull(value, "item id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not an item id: '" + value + "'");
        }
    }

    public static ItemId of(String value) {
        return new ItemId(value);
    }

    /** The item a direct purchase of a Polar product grants. */
    public static ItemId polarProduct(String productId) {
        return new ItemId("polar-product:" + productId);
    }

    @Override
    public String toString() {
        return value;
    }
}
