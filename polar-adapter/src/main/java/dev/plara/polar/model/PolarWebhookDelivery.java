package dev.plara.polar.model;

import java.time.Instant;

/**
 * One attempt to deliver a webhook event.
 *
 * @param httpCode what the endpoint answered, {@code null} when it could not be reached
 * @param response the error when it could not be reached
 */
public record PolarWebhookDelivery(String id, Instant createdAt, boolean succeeded, Integer httpCode, String response,
                                   Event webhookEvent) {

    /**
     * The event a delivery carried: its id is the {@code webhook-id} to redeliver it by.
     *
     * @param succeeded {@code null} while no attempt ended it, {@code false} once its retries ran out
     * @param skipped   not sent because the endpoint was disabled
     * @param payload   the delivered body, or {@code null} once archived
     */
    public record Event(String id, Instant createdAt, String type, Boolean succeeded, Integer lastHttpCode,
                        boolean skipped, String payload) {
    }
}
