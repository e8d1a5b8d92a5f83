package dev.plara.mongo;

import dev.plara.mongo.access.MongoGrantStore;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.mongo.transaction.SessionHolder;
import dev.plara.wallet.core.contract.GrantStoreContract;
import dev.plara.wallet.core.port.out.GrantStore;
import org.junit.jupiter.api.Nested;

/**
 * The grant store on the embedded store, reading one key at a time as it does there, and reading all the keys at once
 * (with {@code $in}, as on a MongoDB server), which gives the same answers; and on the {@code MONGODB_URI} server.
 */
class MongoGrantStoreTest extends GrantStoreContract {

    @Override
    protected GrantStore newStore() {
        return MongoTargets.inProcess(MongoPlaraStores::grants);
    }

    @Nested
    class AllKeysInOneRead extends GrantStoreContract {

        @Override
        protected GrantStore newStore() {
            String name = InProcessMongo.newDatabaseName();
            InProcessMongo.shared().stores(name, WriteObserver.NONE);
            var raw = InProcessMongo.shared().client().getDatabase(name).getCollection(MongoSchema.GRANTS);
            return new MongoGrantStore(new StoreCollection(raw, new SessionHolder(), WriteObserver.NONE), false);
        }
    }

    @Nested
    @RequiresMongoUri
    class OnMongodbUri extends GrantStoreContract {

        @Override
        protected GrantStore newStore() {
            return MongoTargets.onMongodbUri(GrantStore.class, MongoPlaraStores::grants);
        }
    }
}
