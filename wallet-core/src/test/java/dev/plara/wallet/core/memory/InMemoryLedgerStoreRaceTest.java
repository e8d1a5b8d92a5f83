package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.LedgerStoreRaceContract;
import dev.plara.wallet.core.port.out.LedgerStore;

class InMemoryLedgerStoreRaceTest extends LedgerStoreRaceContract {

    @Override
    protected LedgerStore newStore() {
        return new InMemoryLedgerStore();
    }
}
