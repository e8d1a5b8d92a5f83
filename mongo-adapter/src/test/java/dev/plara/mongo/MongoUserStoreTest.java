package dev.plara.mongo;

import dev.plara.wallet.core.contract.UserStoreContract;
import dev.plara.wallet.core.port.out.UserStore;
import org.junit.jupiter.api.Nested;

class MongoUserStoreTest extends UserStoreContract {

    @Override
    protected UserStore newStore() {
        return MongoTargets.inProcess(MongoPlaraStores::users);
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends UserStoreContract {

        @Override
        protected UserStore newStore() {
            return MongoTargets.onMongodbUri(UserStore.class, MongoPlaraStores::users);
        }
    }
}
