package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.GrantStoreContract;
import dev.plara.wallet.core.port.out.GrantStore;

class InMemoryGrantStoreTest extends GrantStoreContract {

    @Override
    protected GrantStore newStore() {
        return new InMemoryGrantStore();
    }
}
