package dev.plara.wallet.core.domain.access;

import dev.plara.wallet.core.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's right to an item as Plara kept it before grants (one per user and item); read only to migrate it to a
 * {@link Grant}.
 *
 * @param sourceRef  what granted it: the ledger key of a wallet purchase, or the Polar order or subscription id
 * @param validUntil {@code null} for access that does not expire
 * @param version    orders changes to one entitlement: a change whose version is not newer is stale and ignored
 *                   (the period number of a wallet plan, the event time in epoch millis for a Polar subscription)
 */
public record Entitlement(UserId user, ItemId item, String sourceRef, GrantStatus status,
                          Instant grantedAt, Instant validUntil, long version) {

    public Entitlement {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(sourceRef, "source reference");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(grantedAt, "granted at");
        if (validUntil != null && validUntil.isBefore(grantedAt) && status != GrantStatus.REVOKED) {
            throw new IllegalArgumentException("access cannot end before it was granted");
        }
    }
}
