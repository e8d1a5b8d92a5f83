package dev.plara.polar.client;

import java.util.Map;

/** The body of {@code PATCH /v1/customers/external/{external_id}}: only the fields given change. */
public record CustomerUpdate(String email, String name, Map<String, Object> metadata) {

    public CustomerUpdate {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }
}
