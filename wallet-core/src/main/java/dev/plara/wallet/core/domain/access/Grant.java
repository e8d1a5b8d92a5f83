package dev.plara.wallet.core.domain.access;

import dev.plara.wallet.core.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's right to what {@code unlocks} names, paid for by one {@code source}. Many grants may cover the same item;
 * each is kept, changed and revoked on its own.
 *
 * @param soldAs     the sellable thing that granted it: a catalog item id, or {@code polar-product:<id>}
 * @param title      that thing's name, to say why access is open ("Monthly Plan")
 * @param validUntil {@code null} for access that does not expire
 * @param version    orders changes to one grant: a change whose version is not newer is stale and ignored (the
 *                   period number of a store plan; for a subscription, Polar's {@code modified_at} in epoch
 *                   microseconds, or, while its state is unknown, the paying order's time in epoch seconds; a refund's
 *                   revocation is one above the grant it ends)
 */
public record Grant(UserId user, Unlocks unlocks, GrantSource source, ItemId soldAs, String title, GrantStatus status,
                    Instant validFrom, Instant validUntil, long version) {

    public Grant {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(unlocks, "unlocks");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(soldAs, "sold as");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(validFrom, "valid from");
        if (validUntil != null && validUntil.isBefore(validFrom) && status != GrantStatus.REVOKED) {
            throw new IllegalArgumentException("access cannot end before it starts");
        }
    }

    public boolean activeAt(Instant now) {
        return status != GrantStatus.REVOKED && (validUntil == null || now.isBefore(validUntil));
    }

    /** Whether it opens {@code item} at {@code now}; a store plan's own grant opens the plan too. */
    public boolean opens(CatalogItem item, Instant now) {
        return activeAt(now) && covers(item);
    }

    /** Whether it covers {@code item}, active or not. */
    public boolean covers(CatalogItem item) {
        return unlocks.opens(item.id(), item.kind()) || soldAs.equals(item.id());
    }

    public boolean forever() {
        return validUntil == null;
    }

    /** This grant ended at {@code at} (a refund, a revocation), as change {@code newVersion}. */
    public Grant revoked(Instant at, long newVersion) {
        return new Grant(user, unlocks, source, soldAs, title, GrantStatus.REVOKED, validFrom, at, newVersion);
    }
}
