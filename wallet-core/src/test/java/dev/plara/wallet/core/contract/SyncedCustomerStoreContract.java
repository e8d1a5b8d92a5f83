package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.user.CustomerDetails;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.SyncedCustomerStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link SyncedCustomerStore} contract, run against every implementation. */
public abstract class SyncedCustomerStoreContract {

    private SyncedCustomerStore store;

    protected abstract SyncedCustomerStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void whatWasLastRecordedForAUserIsFoundAndNothingForOthers() {
        store.record(UserId.of("alice"), new CustomerDetails("alice@example.org", "Alice"));
        store.record(UserId.of("alice"), new CustomerDetails("alice@new.example.org", "Alice L."));
        store.record(UserId.of("bob"), new CustomerDetails("bob@example.org", "Bob"));

        assertThat(store.find(UserId.of("alice"))).contains(new CustomerDetails("alice@new.example.org", "Alice L."));
        assertThat(store.find(UserId.of("bob"))).contains(new CustomerDetails("bob@example.org", "Bob"));
        assertThat(store.find(UserId.of("carol"))).isEmpty();
    }
}
