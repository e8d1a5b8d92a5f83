package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;

import java.util.function.Function;

/**
 * A subscription's state at the provider decides the access it grants. Events arrive out of order and twice: a state
 * not newer than the last one applied is ignored.
 */
public interface ChangeSubscriptionUseCase {

    SubscriptionResult apply(SubscriptionChange change);

    /** What applying a subscription change did. */
    sealed interface SubscriptionResult {

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Changed, T> changed, Function<Stale, T> stale);

        /** Access now follows this change. */
        record Changed(Grant grant) implements SubscriptionResult {
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
