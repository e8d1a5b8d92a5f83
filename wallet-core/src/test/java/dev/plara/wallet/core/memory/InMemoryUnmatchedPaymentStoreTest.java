package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.UnmatchedPaymentStoreContract;
import dev.plara.wallet.core.port.out.UnmatchedPaymentStore;

class InMemoryUnmatchedPaymentStoreTest extends UnmatchedPaymentStoreContract {

    @Override
    protected UnmatchedPaymentStore newStore() {
        return new InMemoryUnmatchedPaymentStore();
    }
}
