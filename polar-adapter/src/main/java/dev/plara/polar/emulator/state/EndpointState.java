package dev.plara.polar.emulator.state;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A webhook endpoint: where events of the listed types go, signed with {@code secret} under {@code keyDerivation}
 * ({@code standard} or {@code legacy}); a disabled one receives nothing (its events are recorded as skipped).
 */
public record EndpointState(String id, Instant createdAt, Instant modifiedAt, String url, String name, String format,
                            String secret, String keyDerivation, List<String> events, boolean enabled)
        implements Keyed {

    public EndpointState {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        events = List.copyOf(events);
    }

    public boolean wants(String eventType) {
        return events.contains(eventType);
    }

    public EndpointState updated(String newUrl, String newName, String newFormat, List<String> newEvents,
                                 boolean newEnabled, Instant at) {
        return new EndpointState(id, createdAt, at, newUrl, newName, newFormat, secret, keyDerivation, newEvents,
                newEnabled);
    }

    public EndpointState disabled(Instant at) {
        return updated(url, name, format, events, false, at);
    }
}
