package dev.plara.wallet.core.domain.payment;

import java.util.List;
import java.util.Objects;

/**
 * A product sold through the payment provider (a Polar product), as the pricing page lists it.
 *
 * @param recurringInterval {@code month}, {@code year}, ... for a subscription; {@code null} for a one-time product
 * @param creditPack        whether buying it credits the buyer's wallet with its price (a fixed credit pack) instead
 *                          of granting access to it
 */
public record PaymentProduct(String id, String name, String description, String recurringInterval,
                             List<ProductPrice> prices, boolean creditPack) {

    public PaymentProduct {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        prices = List.copyOf(prices);
    }

    public boolean isRecurring() {
        return recurringInterval != null;
    }
}
