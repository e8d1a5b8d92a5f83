package dev.plara.polar.emulator.state;

import java.time.Instant;

/**
 * One event for one endpoint, as Polar keeps it: its id is the {@code webhook-id} of every delivery attempt.
 *
 * @param succeeded {@code null} until an attempt ended it: {@code true} on a 2xx, {@code false} once retries ran out
 * @param skipped   not sent because the endpoint was disabled
 */
public record WebhookEventState(String id, Instant createdAt, Instant modifiedAt, String endpointId, String type,
                                String payload, Boolean succeeded, Integer lastHttpCode, boolean skipped)
        implements Keyed {

    public WebhookEventState attempted(Integer httpCode, Boolean outcome, Instant at) {
        return new WebhookEventState(id, createdAt, at, endpointId, type, payload, outcome, httpCode, skipped);
    }

    /** Every attempt failed and no retry is left. */
    public boolean failedForGood() {
        return Boolean.FALSE.equals(succeeded);
    }
}
