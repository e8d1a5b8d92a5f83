package dev.plara.polar.client;

import java.util.Map;
import java.util.Objects;

/** The body of {@code POST /v1/customers/}; {@code null} fields are left out. */
public record CustomerCreate(String email, String name, String externalId, Map<String, Object> metadata) {

    public CustomerCreate {
        Objects.requireNonNull(email, "email");
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }
}
