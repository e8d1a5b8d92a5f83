package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.Unlocks;

import java.time.Instant;
import java.util.Objects;

/**
 * A subscription as the provider reported it at {@code changedAt}.
 *
 * @param claimedUser  the user id it carries, or {@code null} for a guest (then {@code email} names them)
 * @param accessUntil  when access ends ({@code null}: not known to end)
 * @param productName  the subscribed product's name, to say what opened access
 * @param unlocks      what the subscribed product opens
 */
public record SubscriptionChange(String subscriptionId, String claimedUser, String email, String productId,
                          GrantStatus status, Instant accessUntil, Instant changedAt, String productName,
                          Unlocks unlocks) {
    public SubscriptionChange {
        Objects.requireNonNull(subscriptionId, "subscription id");
        Objects.requireNonNull(productId, "product id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changedAt, "changed at");
        Objects.requireNonNull(productName, "product name");
        Objects.requireNonNull(unlocks, "unlocks");
        if (claimedUser == null && email == null) {
            throw new IllegalArgumentException("a subscription names its subscriber by user id or email");
        }
    }

    /** A change for a product whose name and unlocks are not known: it opens the product itself. */
    public SubscriptionChange(String subscriptionId, String claimedUser, String email, String productId,
                              GrantStatus status, Instant accessUntil, Instant changedAt) {
        this(subscriptionId, claimedUser, email, productId, status, accessUntil, changedAt, "subscription",
                PaymentProduct.itself(productId));
    }
}
