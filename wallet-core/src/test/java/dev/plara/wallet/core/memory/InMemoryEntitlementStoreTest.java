package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.EntitlementStoreContract;
import dev.plara.wallet.core.port.out.EntitlementStore;

class InMemoryEntitlementStoreTest extends EntitlementStoreContract {

    @Override
    protected EntitlementStore newStore() {
        return new InMemoryEntitlementStore();
    }
}
