package dev.plara.mongo;

import dev.plara.wallet.core.contract.NotificationStoreContract;
import dev.plara.wallet.core.port.out.NotificationStore;
import org.junit.jupiter.api.Nested;

class MongoNotificationStoreTest extends NotificationStoreContract {

    @Override
    protected NotificationStore newStore() {
        return MongoTargets.inProcess(stores -> stores.operations().notifications());
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends NotificationStoreContract {

        @Override
        protected NotificationStore newStore() {
            return MongoTargets.onMongodbUri(NotificationStore.class, stores -> stores.operations().notifications());
        }
    }
}
