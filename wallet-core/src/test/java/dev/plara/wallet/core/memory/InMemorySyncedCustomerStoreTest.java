package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.SyncedCustomerStoreContract;
import dev.plara.wallet.core.port.out.SyncedCustomerStore;

class InMemorySyncedCustomerStoreTest extends SyncedCustomerStoreContract {

    @Override
    protected SyncedCustomerStore newStore() {
        return new InMemorySyncedCustomerStore();
    }
}
