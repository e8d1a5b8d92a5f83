package dev.plara.polar.client;

import java.time.Instant;
import java.util.List;

/**
 * Filters for {@code GET /v1/webhooks/deliveries}; {@code null} means no filter.
 *
 * @param startTimestamp only deliveries after this instant
 * @param endTimestamp   only deliveries before this instant
 * @param httpCodeClass  {@code 2xx}, {@code 3xx}, {@code 4xx} or {@code 5xx}
 */
public record DeliveryQuery(String endpointId, Boolean succeeded, Instant startTimestamp, Instant endTimestamp,
                            List<String> eventTypes, String httpCodeClass) {

    public DeliveryQuery {
        eventTypes = eventTypes == null ? null : List.copyOf(eventTypes);
    }

    public static DeliveryQuery all() {
        return new DeliveryQuery(null, null, null, null, null, null);
    }

    public DeliveryQuery withEndpointId(String value) {
        return new DeliveryQuery(value, succeeded, startTimestamp, endTimestamp, eventTypes, httpCodeClass);
    }

    public DeliveryQuery withSucceeded(Boolean value) {
        return new DeliveryQuery(endpointId, value, startTimestamp, endTimestamp, eventTypes, httpCodeClass);
    }

    public DeliveryQuery between(Instant start, Instant end) {
        return new DeliveryQuery(endpointId, succeeded, start, end, eventTypes, httpCodeClass);
    }

    public DeliveryQuery withEventTypes(List<String> value) {
        return new DeliveryQuery(endpointId, succeeded, startTimestamp, endTimestamp, value, httpCodeClass);
    }

    public DeliveryQuery withHttpCodeClass(String value) {
        return new DeliveryQuery(endpointId, succeeded, startTimestamp, endTimestamp, eventTypes, value);
    }

    QueryString toQuery() {
        return new QueryString()
                .add("endpoint_id", endpointId)
                .add("succeeded", succeeded)
                .add("start_timestamp", startTimestamp)
                .add("end_timestamp", endTimestamp)
                .addAll("event_type", eventTypes)
                .add("http_code_class", httpCodeClass);
    }
}
