package dev.plara.mongo;

import dev.plara.wallet.core.contract.RefundTalliesContract;
import dev.plara.wallet.core.port.out.RefundTallies;
import org.junit.jupiter.api.Nested;

class MongoRefundTalliesTest extends RefundTalliesContract {

    @Override
    protected RefundTallies newStore() {
        return MongoTargets.inProcess(stores -> stores.payments().refundTallies());
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends RefundTalliesContract {

        @Override
        protected RefundTallies newStore() {
            return MongoTargets.onMongodbUri(RefundTallies.class, stores -> stores.payments().refundTallies());
        }
    }
}
