package dev.plara.mongo;

import dev.plara.wallet.core.contract.SyncedCustomerStoreContract;
import dev.plara.wallet.core.port.out.SyncedCustomerStore;
import org.junit.jupiter.api.Nested;

class MongoSyncedCustomerStoreTest extends SyncedCustomerStoreContract {

    @Override
    protected SyncedCustomerStore newStore() {
        return MongoTargets.inProcess(MongoPlaraStores::syncedCustomers);
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends SyncedCustomerStoreContract {

        @Override
        protected SyncedCustomerStore newStore() {
            return MongoTargets.onMongodbUri(SyncedCustomerStore.class, MongoPlaraStores::syncedCustomers);
        }
    }
}
