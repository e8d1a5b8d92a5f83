package dev.plara.polar.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.UUID;

/** Wraps resource JSON into Polar's webhook envelope {@code {"type","timestamp","data"}}, compact, with a new event id. */
final class Events {

    private final Clock clock;

    Events(Clock clock) {
        this.clock = clock;
    }

    OutgoingEvent event(String type, ObjectNode data) {
        ObjectNode envelope = JsonNodes.object()
                .put("type", type)
                .put("timestamp", JsonNodes.time(clock.instant()));
        envelope.set("data", data);
        try {
            return new OutgoingEvent(UUID.randomUUID().toString(), type, JsonNodes.MAPPER.writeValueAsBytes(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + type, e);
        }
    }
}
