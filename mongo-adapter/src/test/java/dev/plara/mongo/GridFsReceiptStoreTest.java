package dev.plara.mongo;

import dev.plara.wallet.core.contract.ReceiptStoreContract;
import dev.plara.wallet.core.port.out.ReceiptStore;
import org.junit.jupiter.api.Nested;

class GridFsReceiptStoreTest extends ReceiptStoreContract {

    @Override
    protected ReceiptStore newStore() {
        return MongoTargets.inProcess(stores -> stores.deposits().receipts());
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends ReceiptStoreContract {

        @Override
        protected ReceiptStore newStore() {
            return MongoTargets.onMongodbUri(ReceiptStore.class, stores -> stores.deposits().receipts());
        }
    }
}
