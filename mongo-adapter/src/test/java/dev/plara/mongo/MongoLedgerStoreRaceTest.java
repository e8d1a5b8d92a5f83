package dev.plara.mongo;

import dev.plara.wallet.core.contract.LedgerStoreRaceContract;
import dev.plara.wallet.core.port.out.LedgerStore;
import org.junit.jupiter.api.Nested;

class MongoLedgerStoreRaceTest extends LedgerStoreRaceContract {

    @Override
    protected LedgerStore newStore() {
        return MongoTargets.inProcess(MongoPlaraStores::ledger);
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends LedgerStoreRaceContract {

        @Override
        protected LedgerStore newStore() {
            return MongoTargets.onMongodbUri(LedgerStore.class, MongoPlaraStores::ledger);
        }
    }
}
