package dev.plara.mongo;

import dev.plara.wallet.core.contract.CheckoutStoreContract;
import dev.plara.wallet.core.port.out.CheckoutStore;
import org.junit.jupiter.api.Nested;

class MongoCheckoutStoreTest extends CheckoutStoreContract {

    @Override
    protected CheckoutStore newStore() {
        return MongoTargets.inProcess(MongoPlaraStores::checkouts);
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends CheckoutStoreContract {

        @Override
        protected CheckoutStore newStore() {
            return MongoTargets.onMongodbUri(CheckoutStore.class, MongoPlaraStores::checkouts);
        }
    }
}
