package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.Entitlement;
import dev.plara.wallet.core.domain.EntitlementStatus;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * A subscription's life at the provider (active, canceled, uncanceled, revoked) moves the validity of the access it
 * grants. Events arrive out of order: a change older than the last one applied is ignored.
 */
public interface ChangeSubscriptionUseCase {

    SubscriptionResult apply(SubscriptionChange change);

    /**
     * A subscription as the provider reported it at {@code changedAt}.
     *
     * @param claimedUser  the user id it carries, or {@code null} for a guest (then {@code email} names them)
     * @param accessUntil  when access ends ({@code null}: not known to end)
     */
    record SubscriptionChange(String subscriptionId, String claimedUser, String email, String productId,
                              EntitlementStatus status, Instant accessUntil, Instant changedAt) {
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

    /** What applying a subscription change did. */
    sealed interface SubscriptionResult {

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Changed, T> changed, Function<Stale, T> stale);

        /** Access now follows this change. */
        record Changed(Entitlement entitlement) implements SubscriptionResult {
            @Override
            public <T> T match(Function<Changed, T> changed, Function<Stale, T> stale) {
                return changed.apply(this);
            }
        }

        /** A newer change was applied already; this one changed nothing. */
        record Stale(String subscriptionId) implements SubscriptionResult {
            @Override
            public <T> T match(Function<Changed, T> changed, Function<Stale, T> stale) {
                return stale.apply(this);
            }
        }
    }
}
