package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.access.GrantStatus;

import java.time.Instant;
import java.util.Objects;

/**
 * A subscription as the provider reported it at {@code changedAt}.
 *
 * @param claimedUser  the user id it carries, or {@code null} for a guest (then {@code email} names them)
 * @param accessUntil  when access ends ({@code null}: not known to end)
 */
public record SubscriptionChange(String subscriptionId, String claimedUser, String email, String productId,
                          GrantStatus status, Instant accessUntil, Instant changedAt) {
    public SubscriptionChange {
        Objects.requireNonNull(subscriptionId, "subscription id");
        Objects.requireNonNull(productId, "product id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changedAt, "changed at");
        if (claimedUser == null && email == null) {
            throw new IllegalArgumentException("a subscription names its subscriber by user id or email");
        }
    }
}
