package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.CatalogStoreContract;
import dev.plara.wallet.core.port.out.CatalogStore;

class InMemoryCatalogStoreTest extends CatalogStoreContract {

    @Override
    protected CatalogStore newStore() {
        return new InMemoryCatalogStore();
    }
}
