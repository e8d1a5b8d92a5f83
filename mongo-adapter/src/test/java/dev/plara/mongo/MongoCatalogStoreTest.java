package dev.plara.mongo;

import dev.plara.wallet.core.contract.CatalogStoreContract;
import dev.plara.wallet.core.port.out.CatalogStore;
import org.junit.jupiter.api.Nested;

class MongoCatalogStoreTest extends CatalogStoreContract {

    @Override
    protected CatalogStore newStore() {
        return MongoTargets.inProcess(MongoPlaraStores::catalog);
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends CatalogStoreContract {

        @Override
        protected CatalogStore newStore() {
            return MongoTargets.onMongodbUri(CatalogStore.class, MongoPlaraStores::catalog);
        }
    }
}
