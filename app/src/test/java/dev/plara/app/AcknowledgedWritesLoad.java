package dev.plara.app;

import com.mongodb.client.MongoClients;
import dev.plara.mongo.MongoPlaraStores;
import dev.plara.mongo.TransactionMode;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.fixtures.Entries;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.Overdraft;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A child JVM for {@link EmbeddedStoreDurabilityTest}: appends credits through the embedded store in
 * {@code args[0]} from four threads and prints the key of each append the store acknowledged, until it is killed.
 */
public final class AcknowledgedWritesLoad {

    private AcknowledgedWritesLoad() {
    }

    public static void main(String[] args) throws InterruptedException {
        var embedded = EmbeddedMongo.open(Path.of(args[0]));
        var client = MongoClients.create(embedded.connectionString());
        var ledger = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO).ledger();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            var worker = new Thread(() -> {
                for (long i = 0; ; i++) {
                    var credit = Entries.cardCredit("user" + (i % 5), thread + "-" + i, Money.usd(100), Instant.EPOCH);
                    if (ledger.append(credit, Overdraft.FORBIDDEN) instanceof AppendResult.Appended) {
                        System.out.println("acknowledged " + credit.key().value());
                    }
                }
            });
            worker.setDaemon(true);
            worker.start();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
