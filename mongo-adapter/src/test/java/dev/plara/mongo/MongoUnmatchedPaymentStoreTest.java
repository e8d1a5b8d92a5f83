package dev.plara.mongo;

import dev.plara.wallet.core.contract.UnmatchedPaymentStoreContract;
import dev.plara.wallet.core.port.out.UnmatchedPaymentStore;
import org.junit.jupiter.api.Nested;

class MongoUnmatchedPaymentStoreTest extends UnmatchedPaymentStoreContract {

    @Override
    protected UnmatchedPaymentStore newStore() {
        return MongoTargets.inProcess(stores -> stores.payments().unmatchedPayments());
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends UnmatchedPaymentStoreContract {

        @Override
        protected UnmatchedPaymentStore newStore() {
            return MongoTargets.onMongodbUri(UnmatchedPaymentStore.class,
                    stores -> stores.payments().unmatchedPayments());
        }
    }
}
