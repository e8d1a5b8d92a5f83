package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.ReconciliationStoreContract;
import dev.plara.wallet.core.port.out.ReconciliationStore;

class InMemoryReconciliationStoreTest extends ReconciliationStoreContract {

    @Override
    protected ReconciliationStore newStore() {
        return new InMemoryReconciliationStore();
    }
}
