package dev.plara.polar.model;

import java.time.Instant;
import java.util.Map;

/**
 * A Polar customer, read from the customers API or embedded in an order or subscription; {@code externalId} is the
 * user id the platform gave, set once and never changed.
 */
public record PolarCustomer(String id, String email, String name, String externalId, Instant createdAt,
                            Instant modifiedAt, Map<String, Object> metadata) {

    public PolarCustomer {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
