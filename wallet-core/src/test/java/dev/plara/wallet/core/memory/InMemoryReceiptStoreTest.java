package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.ReceiptStoreContract;
import dev.plara.wallet.core.port.out.ReceiptStore;

class InMemoryReceiptStoreTest extends ReceiptStoreContract {

    @Override
    protected ReceiptStore newStore() {
        return new InMemoryReceiptStore();
    }
}
