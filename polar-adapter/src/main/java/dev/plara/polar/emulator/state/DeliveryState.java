package dev.plara.polar.emulator.state;

import java.time.Instant;

/**
 * One attempt to deliver one event to its endpoint.
 *
 * @param httpCode the status the endpoint answered, {@code 0} when it did not answer
 * @param response why an unanswered attempt failed, else {@code null}
 */
public record DeliveryState(String id, Instant createdAt, String endpointId, String eventId, String type, int attempt,
                            int httpCode, String response) implements Keyed {

    public boolean succeeded() {
        return httpCode >= 200 && httpCode < 300;
    }
}
