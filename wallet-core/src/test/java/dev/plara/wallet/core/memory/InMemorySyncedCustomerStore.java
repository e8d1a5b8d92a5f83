package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.user.CustomerDetails;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.SyncedCustomerStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What was last synced to each user's provider customer, in memory. */
public final class InMemorySyncedCustomerStore implements SyncedCustomerStore {

    private final Map<UserId, CustomerDetails> synced = new ConcurrentHashMap<>();

    @Override
    public Optional<CustomerDetails> find(UserId user) {
        return Optional.ofNullable(synced.get(user));
    }

    @Override
    public void record(UserId user, CustomerDetails details) {
        synced.put(user, details);
    }
}
