package dev.plara.mongo;

import dev.plara.wallet.core.contract.ProductOrderStoreContract;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import org.junit.jupiter.api.Nested;

class MongoProductOrderStoreTest extends ProductOrderStoreContract {

    @Override
    protected ProductOrderStore newStore() {
        return MongoTargets.inProcess(stores -> stores.payments().productOrders());
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends ProductOrderStoreContract {

        @Override
        protected ProductOrderStore newStore() {
            return MongoTargets.onMongodbUri(ProductOrderStore.class, stores -> stores.payments().productOrders());
        }
    }
}
