package dev.plara.polar.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /v1/products/}: {@code ProductCreateOneTime} when {@code recurringInterval} is {@code null},
 * else {@code ProductCreateRecurring}.
 *
 * @param recurringInterval {@code day|week|month|year}, or {@code null} for a one-time product
 */
public record ProductCreate(String name, String description, String recurringInterval, List<PriceInput.New> prices,
                            Map<String, Object> metadata) {

    public ProductCreate {
        Objects.requireNonNull(name, "name");
        prices = List.copyOf(prices);
        metadata = metadata == null ? null : Map.copyOf(metadata);
        if (prices.isEmpty()) {
            throw new IllegalArgumentException("a product has at least one price");
        }
    }
}
