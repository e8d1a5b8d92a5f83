package dev.plara.mongo;

import dev.plara.mongo.collection.WriteObserver;
import dev.plara.wallet.core.contract.RefundRaceContract;
import dev.plara.wallet.core.embedding.WalletCore;

import java.util.List;

class MongoRefundRaceTest extends RefundRaceContract {

    @Override
    protected List<WalletCore> twoServersOnOneStore() {
        var database = InProcessMongo.newDatabaseName();
        var mongo = InProcessMongo.shared();
        return List.of(CoreOnMongo.on(mongo.stores(database, WriteObserver.NONE)),
                CoreOnMongo.on(mongo.stores(database, WriteObserver.NONE)));
    }

    @Override
    protected int rounds() {
        return 60;
    }
}
