package dev.plara.polar.client;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code PATCH /v1/products/{id}}: only the fields given change. {@code prices}, when given, lists the
 * prices to keep ({@link PriceInput.Existing}) and the new ones; Polar archives the others.
 */
public record ProductUpdate(String name, String description, Boolean isArchived, Map<String, Object> metadata,
                            List<PriceInput> prices) {

    public ProductUpdate {
        metadata = metadata == null ? null : Map.copyOf(metadata);
        prices = prices == null ? null : List.copyOf(prices);
    }

    public static ProductUpdate prices(List<PriceInput> prices) {
        return new ProductUpdate(null, null, null, null, prices);
    }
}
