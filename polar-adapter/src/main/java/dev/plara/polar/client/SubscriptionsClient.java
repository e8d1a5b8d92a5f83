package dev.plara.polar.client;

import dev.plara.polar.model.PolarSubscription;

import java.util.List;
import java.util.Map;

/**
 * Polar's subscriptions API: list, read, cancel at period end and take that back, revoke now, change the product.
 * A change is not retried after a 5xx or a timeout (it may have taken effect: read the subscription again).
 */
public final class SubscriptionsClient {

    private final Listings listings;

    SubscriptionsClient(Listings listings) {
        this.listings = listings;
    }

    public List<PolarSubscription> list(SubscriptionQuery query) {
        return listings.all("/v1/subscriptions/", query.toQuery(), PolarSubscription.class);
    }

    public PolarSubscription get(String subscriptionId) {
        return listings.get(path(subscriptionId), PolarSubscription.class);
    }

    /** {@code SubscriptionCancel {cancel_at_period_end: true}}: access lasts until {@code ends_at}. */
    public PolarSubscription cancelAtPeriodEnd(String subscriptionId) {
        return patch(subscriptionId, Map.of("cancel_at_period_end", true));
    }

    /** {@code SubscriptionCancel {cancel_at_period_end: false}}: takes back a cancellation at period end. */
    public PolarSubscription uncancel(String subscriptionId) {
        return patch(subscriptionId, Map.of("cancel_at_period_end", false));
    }

    /** {@code SubscriptionRevoke {revoke: true}}: ends the subscription and its access now. */
    public PolarSubscription revoke(String subscriptionId) {
        return patch(subscriptionId, Map.of("revoke", true));
    }

    /**
     * Moves the subscription to {@code productId}; {@code prorationBehavior} is {@code invoice}, {@code prorate},
     * {@code next_period}, or {@code null} for the organization's default.
     */
    public PolarSubscription changeProduct(String subscriptionId, String productId, String prorationBehavior) {
        return patch(subscriptionId, new ProductChange(productId, prorationBehavior));
    }

    private PolarSubscription patch(String subscriptionId, Object body) {
        return listings.http().once("PATCH", path(subscriptionId), body, listings.type(PolarSubscription.class));
    }

    private static String path(String subscriptionId) {
        return "/v1/subscriptions/" + Listings.segment(subscriptionId);
    }

    /** The {@code SubscriptionUpdate} form of a product change. */
    private record ProductChange(String productId, String prorationBehavior) {
    }
}
