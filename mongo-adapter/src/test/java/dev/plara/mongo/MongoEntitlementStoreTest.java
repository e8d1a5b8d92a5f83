package dev.plara.mongo;

import dev.plara.wallet.core.contract.EntitlementStoreContract;
import dev.plara.wallet.core.port.out.EntitlementStore;
import org.junit.jupiter.api.Nested;

class MongoEntitlementStoreTest extends EntitlementStoreContract {

    @Override
    protected EntitlementStore newStore() {
        return MongoTargets.inProcess(MongoPlaraStores::entitlements);
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends EntitlementStoreContract {

        @Override
        protected EntitlementStore newStore() {
            return MongoTargets.onMongodbUri(EntitlementStore.class, MongoPlaraStores::entitlements);
        }
    }
}
