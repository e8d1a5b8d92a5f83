package dev.plara.mongo;

import dev.plara.wallet.core.contract.LedgerStoreContract;
import dev.plara.wallet.core.port.out.LedgerStore;
import org.junit.jupiter.api.Nested;

class MongoLedgerStoreContractTest extends LedgerStoreContract {

    @Override
    protected LedgerStore newStore() {
        return MongoTargets.inProcess(MongoPlaraStores::ledger);
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends LedgerStoreContract {

        @Override
        protected LedgerStore newStore() {
            return MongoTargets.onMongodbUri(LedgerStore.class, MongoPlaraStores::ledger);
        }
    }
}
