package dev.plara.polar.client;

import java.time.Instant;

/**
 * Filters for listing orders; {@code null} means no filter on that field.
 *
 * @param status       {@code paid}, {@code refunded}, ...
 * @param createdAfter only orders created after this instant
 */
public record OrderQuery(String status, String externalCustomerId, String checkoutId, Instant createdAfter) {

    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null);
    }

    public OrderQuery withStatus(String value) {
        return new OrderQuery(value, externalCustomerId, checkoutId, createdAfter);
    }

    public OrderQuery withExternalCustomerId(String value) {
        return new OrderQuery(status, value, checkoutId, createdAfter);
    }

    public OrderQuery withCheckoutId(String value) {
        return new OrderQuery(status, externalCustomerId, value, createdAfter);
    }

    public OrderQuery withCreatedAfter(Instant value) {
        return new OrderQuery(status, externalCustomerId, checkoutId, value);
    }

    QueryString toQuery() {
        return new QueryString()
                .add("status", status)
                .add("external_customer_id", externalCustomerId)
                .add("checkout_id", checkoutId)
                .add("created_after", createdAfter == null ? null : createdAfter.toString());
    }
}
