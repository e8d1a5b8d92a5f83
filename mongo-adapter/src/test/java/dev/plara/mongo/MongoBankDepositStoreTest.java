package dev.plara.mongo;

import dev.plara.wallet.core.contract.BankDepositStoreContract;
import dev.plara.wallet.core.port.out.BankDepositStore;
import org.junit.jupiter.api.Nested;

class MongoBankDepositStoreTest extends BankDepositStoreContract {

    @Override
    protected BankDepositStore newStore() {
        return MongoTargets.inProcess(stores -> stores.deposits().bankDeposits());
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends BankDepositStoreContract {

        @Override
        protected BankDepositStore newStore() {
            return MongoTargets.onMongodbUri(BankDepositStore.class, stores -> stores.deposits().bankDeposits());
        }
    }
}
