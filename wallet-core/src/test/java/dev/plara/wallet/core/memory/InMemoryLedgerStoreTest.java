package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.LedgerStoreContract;
import dev.plara.wallet.core.port.out.LedgerStore;

class InMemoryLedgerStoreTest extends LedgerStoreContract {

    @Override
    protected LedgerStore newStore() {
        return new InMemoryLedgerStore();
    }
}
