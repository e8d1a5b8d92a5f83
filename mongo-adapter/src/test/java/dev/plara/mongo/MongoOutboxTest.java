package dev.plara.mongo;

import dev.plara.wallet.core.contract.OutboxContract;
import dev.plara.wallet.core.port.out.Outbox;
import org.junit.jupiter.api.Nested;

class MongoOutboxTest extends OutboxContract {

    @Override
    protected Outbox newStore() {
        return MongoTargets.inProcess(stores -> stores.operations().outbox());
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends OutboxContract {

        @Override
        protected Outbox newStore() {
            return MongoTargets.onMongodbUri(Outbox.class, stores -> stores.operations().outbox());
        }
    }
}
