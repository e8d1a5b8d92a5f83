package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.user.CustomerDetails;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.function.Function;

/**
 * The payment provider's customer records of Plara's users, each found by the user's id (Polar's external id), so a
 * checkout for the user is accepted with the user's current email.
 *
 * <p>Contract: {@link #sync} makes the provider's customer whose external id is {@code user} carry {@code details},
 * creating it when there is none; calling it again with the same details changes nothing, and another server doing
 * the same at the same time is no fault. When the provider refuses those details (another of its customers has that
 * email) the answer is {@code Refused} in the provider's words and nothing changed. Faults of the provider or the
 * network are thrown as {@link PaymentProviderException}.
 */
public interface CustomerDirectory {

    CustomerSyncResult sync(UserId user, CustomerDetails details);

    /** The provider's answer to a customer sync. */
    sealed interface CustomerSyncResult {

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Synced, T> synced, Function<Refused, T> refused);

        /** The provider's customer carries the details now. */
        record Synced() implements CustomerSyncResult {
            @Override
            public <T> T match(Function<Synced, T> synced, Function<Refused, T> refused) {
                return synced.apply(this);
            }
        }

        /** The provider refused the details, and why. */
        record Refused(String reason) implements CustomerSyncResult {
            @Override
            public <T> T match(Function<Synced, T> synced, Function<Refused, T> refused) {
                return refused.apply(this);
            }
        }
    }
}
