package dev.plara.mongo;

import dev.plara.wallet.core.contract.JobLeasesContract;
import dev.plara.wallet.core.port.out.JobLeases;
import org.junit.jupiter.api.Nested;

class MongoJobLeasesTest extends JobLeasesContract {

    @Override
    protected JobLeases newStore() {
        return MongoTargets.inProcess(stores -> stores.operations().jobLeases());
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends JobLeasesContract {

        @Override
        protected JobLeases newStore() {
            return MongoTargets.onMongodbUri(JobLeases.class, stores -> stores.operations().jobLeases());
        }
    }
}
