package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.ProductOrderStoreContract;
import dev.plara.wallet.core.port.out.ProductOrderStore;

class InMemoryProductOrderStoreTest extends ProductOrderStoreContract {

    @Override
    protected ProductOrderStore newStore() {
        return new InMemoryProductOrderStore();
    }
}
