package dev.plara.polar.emulator;

import java.time.Instant;

/**
 * One attempt to deliver one event to one endpoint, as the emulator's delivery log shows it.
 *
 * @param status the HTTP status the endpoint answered, {@code 0} when it did not answer
 * @param error  why the attempt failed without a status, else {@code null}
 */
public record DeliveryAttempt(String endpointId, String webhookId, String type, int attempt, int status, String error,
                              Instant at) {

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
