package dev.plara.polar.emulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A product for sale; {@code recurringInterval} is {@code day|week|month|year} for a subscription product and
 * {@code null} for a one-time one, and {@code trialInterval} is set when a subscription starts with a trial.
 */
public record ProductState(String id, Instant createdAt, Instant modifiedAt, String name, String description,
                           String recurringInterval, String trialInterval, Integer trialIntervalCount,
                           String visibility, boolean archived, Map<String, Object> metadata,
                           List<PriceState> prices) implements Keyed {

    public ProductState {
        Objects.requireNonNull(id, "id");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        prices = List.copyOf(prices);
    }

    public boolean recurring() {
        return recurringInterval != null;
    }

    public boolean hasTrial() {
        return trialInterval != null && trialIntervalCount != null;
    }

    /** The price a checkout charges: the first one not archived. */
    public PriceState price() {
        return prices.stream().filter(price -> !price.archived()).findFirst()
                .orElseThrow(() -> new IllegalStateException("product " + id + " has no price left"));
    }

    /** This product with the fields an update sets. */
    public ProductState updated(String newName, String newDescription, boolean newArchived,
                                Map<String, Object> newMetadata, List<PriceState> newPrices, Instant at) {
        return new ProductState(id, createdAt, at, newName, newDescription, recurringInterval, trialInterval,
                trialIntervalCount, visibility, newArchived, newMetadata, newPrices);
    }
}
