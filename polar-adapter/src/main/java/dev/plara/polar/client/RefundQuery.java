package dev.plara.polar.client;

import java.util.List;

/**
 * Filters for listing refunds ({@code GET /v1/refunds/}); {@code null} means no filter. Polar filters refunds by
 * {@code succeeded} only (no status, no date): to see a pending refund settle, read it again by {@code id}.
 *
 * @param succeededOnly only refunds that succeeded
 * @param sorting       {@code created_at} or {@code amount}, {@code -} first to reverse (Polar's default: newest first)
 */
public record RefundQuery(List<String> ids, String orderId, String subscriptionId, String externalCustomerId,
                          boolean succeededOnly, String sorting) {

    public RefundQuery {
        ids = ids == null ? null : List.copyOf(ids);
    }

    public static RefundQuery all() {
        return new RefundQuery(null, null, null, null, false, null);
    }

    public RefundQuery withIds(List<String> value) {
        return new RefundQuery(value, orderId, subscriptionId, externalCustomerId, succeededOnly, sorting);
    }

    public RefundQuery withOrderId(String value) {
        return new RefundQuery(ids, value, subscriptionId, externalCustomerId, succeededOnly, sorting);
    }

    public RefundQuery withSubscriptionId(String value) {
        return new RefundQuery(ids, orderId, value, externalCustomerId, succeededOnly, sorting);
    }

    public RefundQuery withExternalCustomerId(String value) {
        return new RefundQuery(ids, orderId, subscriptionId, value, succeededOnly, sorting);
    }

    public RefundQuery succeeded() {
        return new RefundQuery(ids, orderId, subscriptionId, externalCustomerId, true, sorting);
    }

    public RefundQuery sortedBy(String value) {
        return new RefundQuery(ids, orderId, subscriptionId, externalCustomerId, succeededOnly, value);
    }

    QueryString toQuery() {
        return new QueryString()
                .addAll("id", ids)
                .add("order_id", orderId)
                .add("subscription_id", subscriptionId)
                .add("external_customer_id", externalCustomerId)
                .add("succeeded", succeededOnly ? "true" : null)
                .add("sorting", sorting);
    }
}
