package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.user.CustomerDetails;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.port.out.CustomerDirectory;
import dev.plara.wallet.core.port.out.SyncedCustomerStore;

import java.util.Optional;

/**
 * The step before a signed-in buyer's checkout: the provider's customer for the buyer's id must carry the buyer's
 * current email and name (the provider refuses a checkout whose email is not its customer's). What was last synced is
 * remembered in the store, so an unchanged buyer costs no call.
 */
public final class CustomerIdentity {

    private final CustomerDirectory customers;
    private final SyncedCustomerStore synced;

    public CustomerIdentity(CustomerDirectory customers, SyncedCustomerStore synced) {
        this.customers = customers;
        this.synced = synced;
    }

    /** Whether the provider's customer is known to carry the current details of the buyer (who has an email). */
    boolean isCurrent(UserProfile buyer) {
        return synced.find(buyer.id()).filter(CustomerDetails.of(buyer)::equals).isPresent();
    }

    /** Makes the provider's customer carry the buyer's details now and remembers it; the provider's refusal if not. */
    Optional<String> sync(UserProfile buyer) {
        var details = CustomerDetails.of(buyer);
        return customers.sync(buyer.id(), details).match(done -> {
            synced.record(buyer.id(), details);
            return Optional.empty();
        }, refused -> Optional.of(refused.reason()));
    }
}
