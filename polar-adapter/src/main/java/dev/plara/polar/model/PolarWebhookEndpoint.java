package dev.plara.polar.model;

import java.time.Instant;
import java.util.List;

/**
 * A webhook endpoint at Polar: where events of the listed types go, signed with {@code secret}; Polar disables it
 * ({@code enabled} false) after its 10 most recent events failed for good.
 *
 * @param format {@code raw}, {@code discord} or {@code slack}
 */
public record PolarWebhookEndpoint(String id, Instant createdAt, Instant modifiedAt, String url, String name,
                                   String format, String secret, String organizationId, List<String> events,
                                   boolean enabled) {

    public PolarWebhookEndpoint {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
