package dev.plara.mongo;

import dev.plara.wallet.core.contract.GrantStoreContract;
import dev.plara.wallet.core.port.out.GrantStore;
import org.junit.jupiter.api.Nested;

/** The grant store on the embedded store, and on the {@code MONGODB_URI} server. */
class MongoGrantStoreTest extends GrantStoreContract {

    @Override
    protected GrantStore newStore() {
        return MongoTargets.inProcess(MongoPlaraStores::grants);
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends GrantStoreContract {

        @Override
        protected GrantStore newStore() {
            return MongoTargets.onMongodbUri(GrantStore.class, MongoPlaraStores::grants);
        }
    }
}
