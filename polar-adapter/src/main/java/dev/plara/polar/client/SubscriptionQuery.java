package dev.plara.polar.client;

import java.util.List;

/**
 * Filters for listing subscriptions ({@code GET /v1/subscriptions/}); {@code null} means no filter. Polar lists only
 * subscriptions that started (never an {@code incomplete} one).
 *
 * @param active   {@code true}: trialing or active; {@code false}: ended ({@code canceled} or {@code unpaid})
 * @param statuses any of Polar's {@code SubscriptionStatus} values
 * @param sorting  such as {@code -started_at} (Polar's default) or {@code current_period_end}
 */
public record SubscriptionQuery(String externalCustomerId, String customerId, String productId, Boolean active,
                                List<String> statuses, String sorting) {

    public SubscriptionQuery {
        statuses = statuses == null ? null : List.copyOf(statuses);
    }

    public static SubscriptionQuery all() {
        return new SubscriptionQuery(null, null, null, null, null, null);
    }

    public SubscriptionQuery withExternalCustomerId(String value) {
        return new SubscriptionQuery(value, customerId, productId, active, statuses, sorting);
    }

    public SubscriptionQuery withCustomerId(String value) {
        return new SubscriptionQuery(externalCustomerId, value, productId, active, statuses, sorting);
    }

    public SubscriptionQuery withProductId(String value) {
        return new SubscriptionQuery(externalCustomerId, customerId, value, active, statuses, sorting);
    }

    public SubscriptionQuery withActive(Boolean value) {
        return new SubscriptionQuery(externalCustomerId, customerId, productId, value, statuses, sorting);
    }

    public SubscriptionQuery withStatuses(List<String> value) {
        return new SubscriptionQuery(externalCustomerId, customerId, productId, active, value, sorting);
    }

    public SubscriptionQuery sortedBy(String value) {
        return new SubscriptionQuery(externalCustomerId, customerId, productId, active, statuses, value);
    }

    QueryString toQuery() {
        return new QueryString()
                .add("external_customer_id", externalCustomerId)
                .add("customer_id", customerId)
                .add("product_id", productId)
                .add("active", active)
                .addAll("status", statuses)
                .add("sorting", sorting);
    }
}
