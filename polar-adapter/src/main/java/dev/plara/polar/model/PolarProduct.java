package dev.plara.polar.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * A Polar product as listed by the API or embedded in an order or subscription (there without prices).
 *
 * @param recurringInterval {@code day|week|month|year} for a subscription product, else {@code null}
 * @param recurringIntervalCount how many {@code recurringInterval}s one billing period lasts (0: not stated, 1)
 */
public record PolarProduct(String id, String name, String description,
                           @JsonProperty("is_recurring") boolean recurring, String recurringInterval,
                           int recurringIntervalCount,
                           @JsonProperty("is_archived") boolean archived, Map<String, Object> metadata,
                           List<PolarPrice> prices) {

    public PolarProduct {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        prices = prices == null ? List.of() : List.copyOf(prices);
    }
}
