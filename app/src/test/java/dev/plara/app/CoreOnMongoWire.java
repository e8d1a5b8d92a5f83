package dev.plara.app;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.plara.app.receipts.FileReceiptInspector;
import dev.plara.mongo.MongoPlaraStores;
import dev.plara.mongo.MongoWalletStores;
import dev.plara.mongo.TransactionMode;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.fixtures.SequentialIds;
import dev.plara.wallet.core.fixtures.TestClock;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A MongoDB-wire server (mongo-java-server) in this JVM and wallet cores on one database of it, each through a driver
 * client of its own as separate server instances would be, all on one clock the test moves by hand.
 */
final class CoreOnMongoWire implements AutoCloseable {

    final TestClock clock = TestClock.standard();
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final String uri = "mongodb://127.0.0.1:" + server.bind().getPort();
    private final List<MongoClient> clients = new ArrayList<>();

    /** Another instance: a new client, the stores on the shared database, and a core over them. */
    Instance instance() {
        var client = MongoClients.create(uri);
        clients.add(client);
        var stores = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO);
        var core = new WalletCore(MongoWalletStores.of(stores), new FakePaymentProvider().asProvider(),
                new FileReceiptInspector(), CoreHarness.usd().settings, clock, new SequentialIds("instance-" + clients.size()));
        return new Instance(stores, core);
    }

    /**
     * Ends every outbox lease now by the store's clock (this JVM's), as the passing of its time would: a lease's end set
     * to a moment the store has reached.
     */
    void leasesEndNow() {
        clients.get(0).getDatabase("plara").getCollection("outbox").updateMany(Filters.exists("leaseUntil"),
                Updates.set("leaseUntil", new Date()));
    }

    /** One server instance's view: its stores and its core. */
    record Instance(MongoPlaraStores stores, WalletCore core) {
    }

    @Override
    public void close() {
        clients.forEach(MongoClient::close);
        server.shutdownNow();
    }
}
