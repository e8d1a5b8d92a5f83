package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.access.Unlocks;

import java.time.Instant;
import java.util.Objects;

/**
 * A subscription as the provider reported it, whole, at {@code modifiedAt}: what access it implies is decided from
 * this snapshot alone ({@link dev.plara.wallet.core.domain.access.SubscriptionAccessPolicy}), so events that arrive
 * late or twice change nothing once a newer snapshot was applied.
 *
 * @param claimedUser      the user id it carries, or {@code null} for a guest (then {@code email} names them)
 * @param productName      the product's name for the subscriber's messages ({@code null}: not known)
 * @param unlocks          what the product opens (its {@code plara_unlocks}); empty when it opens nothing
 * @param currentPeriodEnd the end of the paid period ({@code null}: not known)
 * @param endsAt           when a subscription canceled at period end stops, else {@code null}
 * @param endedAt          when it ended for good, else {@code null}
 * @param pastDueAt        when its renewal payment first failed, else {@code null}
 * @param modifiedAt       the provider's last change of it: a snapshot not newer than the last applied is stale
 */
public record SubscriptionChange(String subscriptionId, String claimedUser, String email, String productId,
                                 String productName, Unlocks unlocks, SubscriptionStatus status, Instant currentPeriodEnd,
                                 boolean cancelAtPeriodEnd, Instant endsAt, Instant endedAt, Instant pastDueAt,
                                 Instant modifiedAt) {
    public SubscriptionChange {
        Objects.requireNonNull(subscriptionId, "subscription id");
        Objects.requireNonNull(productId, "product id");
        Objects.requireNonNull(unlocks, "unlocks");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(modifiedAt, "modified at");
        if (claimedUser == null && email == null) {
            throw new IllegalArgumentException("a subscription names its subscriber by user id or email");
        }
    }

    /** Whether it is set to end (canceled at the end of its period, or given an end): the provider charges it no more. */
    public boolean ending() {
        return cancelAtPeriodEnd || endsAt != null;
    }

    /** The product's name when known, else its id. */
    public String product() {
        return productName == null || productName.isBlank() ? productId : productName;
    }
}
