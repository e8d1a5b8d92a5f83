package dev.plara.mongo;

import dev.plara.mongo.collection.WriteObserver;
import dev.plara.wallet.core.contract.RefundRaceContract;

class MongoRefundRaceTest extends RefundRaceContract {

    /** Two servers: two connections' stores on one database of the embedded store, over the wire. */
    @Override
    protected Servers twoServersOnOneStore() {
        var database = InProcessMongo.newDatabaseName();
        var mongo = InProcessMongo.shared();
        var first = mongo.stores(database, WriteObserver.NONE);
        return new Servers(CoreOnMongo.on(first), CoreOnMongo.on(mongo.stores(database, WriteObserver.NONE)),
                first.ledger());
    }

    @Override
    protected int rounds() {
        return 60;
    }
}
