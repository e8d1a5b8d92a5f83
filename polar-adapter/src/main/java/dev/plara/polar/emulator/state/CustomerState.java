package dev.plara.polar.emulator.state;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A Polar customer: made through the API or at the first payment of an email; {@code externalId} never changes once set. */
public record CustomerState(String id, Instant createdAt, Instant modifiedAt, String email, String name,
                            String externalId, Map<String, Object> metadata) implements Keyed {

    public CustomerState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public CustomerState updated(String newEmail, String newName, Map<String, Object> newMetadata, Instant at) {
        return new CustomerState(id, createdAt, at, newEmail, newName, externalId, newMetadata);
    }
}
