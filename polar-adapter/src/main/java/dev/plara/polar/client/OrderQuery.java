package dev.plara.polar.client;

import java.time.Instant;
import java.util.List;

/**
 * Filters for listing orders ({@code GET /v1/orders/}); {@code null} means no filter on that field. Polar lists orders
 * by creation only (no {@code modified_at} filter): to catch an order paid late, list the {@code pending} ones and read
 * them again.
 *
 * @param statuses      any of {@code pending}, {@code paid}, {@code refunded}, {@code partially_refunded}, {@code void}
 * @param createdAfter  only orders created after this instant
 * @param createdBefore only orders created at or before this instant
 * @param sorting       such as {@code -created_at} (Polar's default: newest first)
 */
public record OrderQuery(List<String> statuses, String externalCustomerId, String customerId, String checkoutId,
                         String productId, String subscriptionId, Instant createdAfter, Instant createdBefore,
                         String sorting) {

    public OrderQuery {
        statuses = statuses == null ? null : List.copyOf(statuses);
    }

    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, null, null, null, null, null);
    }

    public OrderQuery withStatus(String value) {
        return withStatuses(value == null ? null : List.of(value));
    }

    public OrderQuery withStatuses(List<String> value) {
        return new OrderQuery(value, externalCustomerId, customerId, checkoutId, productId, subscriptionId,
                createdAfter, createdBefore, sorting);
    }

    public OrderQuery withExternalCustomerId(String value) {
        return new OrderQuery(statuses, value, customerId, checkoutId, productId, subscriptionId, createdAfter,
                createdBefore, sorting);
    }

    public OrderQuery withCustomerId(String value) {
        return new OrderQuery(statuses, externalCustomerId, value, checkoutId, productId, subscriptionId,
                createdAfter, createdBefore, sorting);
    }

    public OrderQuery withCheckoutId(String value) {
        return new OrderQuery(statuses, externalCustomerId, customerId, value, productId, subscriptionId,
                createdAfter, createdBefore, sorting);
    }

    public OrderQuery withProductId(String value) {
        return new OrderQuery(statuses, externalCustomerId, customerId, checkoutId, value, subscriptionId,
                createdAfter, createdBefore, sorting);
    }

    public OrderQuery withSubscriptionId(String value) {
        return new OrderQuery(statuses, externalCustomerId, customerId, checkoutId, productId, value, createdAfter,
                createdBefore, sorting);
    }

    public OrderQuery withCreatedAfter(Instant value) {
        return new OrderQuery(statuses, externalCustomerId, customerId, checkoutId, productId, subscriptionId, value,
                createdBefore, sorting);
    }

    public OrderQuery withCreatedBefore(Instant value) {
        return new OrderQuery(statuses, externalCustomerId, customerId, checkoutId, productId, subscriptionId,
                createdAfter, value, sorting);
    }

    /** Orders by {@code value}: {@code created_at}, {@code status}, {@code net_amount}, {@code -} first to reverse. */
    public OrderQuery sortedBy(String value) {
        return new OrderQuery(statuses, externalCustomerId, customerId, checkoutId, productId, subscriptionId,
                createdAfter, createdBefore, value);
    }

    QueryString toQuery() {
        return new QueryString()
                .addAll("status", statuses)
                .add("external_customer_id", externalCustomerId)
                .add("customer_id", customerId)
                .add("checkout_id", checkoutId)
                .add("product_id", productId)
                .add("subscription_id", subscriptionId)
                .add("created_after", createdAfter)
                .add("created_before", createdBefore)
                .add("sorting", sorting);
    }
}
