package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.CheckoutStoreContract;
import dev.plara.wallet.core.port.out.CheckoutStore;

class InMemoryCheckoutStoreTest extends CheckoutStoreContract {

    @Override
    protected CheckoutStore newStore() {
        return new InMemoryCheckoutStore();
    }
}
