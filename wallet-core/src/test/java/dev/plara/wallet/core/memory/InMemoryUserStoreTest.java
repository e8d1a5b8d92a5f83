package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.UserStoreContract;
import dev.plara.wallet.core.port.out.UserStore;

class InMemoryUserStoreTest extends UserStoreContract {

    @Override
    protected UserStore newStore() {
        return new InMemoryUserStore();
    }
}
