package dev.plara.mongo;

import dev.plara.wallet.core.contract.CheckoutStoreContract;
import dev.plara.wallet.core.port.out.CheckoutStore;
import org.junit.jupiter.api.Nested;

class MongoCheckoutStoreTest extends CheckoutStoreContract {

    @Override
    protected CheckoutStore newStore() {
        return MongoTargets.inProcess(stores -> stores.payments().checkouts());
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends CheckoutStoreContract {

        @Override
        protected CheckoutStore newStore() {
            return MongoTargets.onMongodbUri(CheckoutStore.class, stores -> stores.payments().checkouts());
        }
    }
}
