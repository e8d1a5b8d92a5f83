package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.user.CustomerDetails;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.Optional;

/**
 * What Plara last made the payment provider's customer of each user carry, kept where every server sees it, so a user
 * whose email and name did not change costs no call to the provider.
 *
 * <p>Contract: {@link #find} returns the details {@link #record} was last given for the user (empty if never);
 * {@link #record} replaces them.
 */
public interface SyncedCustomerStore {

    Optional<CustomerDetails> find(UserId user);

    void record(UserId user, CustomerDetails details);
}
