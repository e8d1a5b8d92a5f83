package dev.plara.mongo;

import dev.plara.wallet.core.contract.ReconciliationStoreContract;
import dev.plara.wallet.core.port.out.ReconciliationStore;
import org.junit.jupiter.api.Nested;

class MongoReconciliationStoreTest extends ReconciliationStoreContract {

    @Override
    protected ReconciliationStore newStore() {
        return MongoTargets.inProcess(stores -> stores.operations().reconciliations());
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends ReconciliationStoreContract {

        @Override
        protected ReconciliationStore newStore() {
            return MongoTargets.onMongodbUri(ReconciliationStore.class, stores -> stores.operations().reconciliations());
        }
    }
}
