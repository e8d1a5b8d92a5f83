package dev.plara.mongo;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.fixtures.Entries;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.Overdraft;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static dev.plara.mongo.CoreOnMongo.T0;

/**
 * A write load on an H2-file server, run in a child JVM that a test kills with {@code kill -9}: four threads append
 * credits and purchases to a few wallets and print how many appends were acknowledged.
 */
public final class WriteLoadMain {

    private WriteLoadMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        var mongo = InProcessMongo.open(Path.of(args[0]));
        var ledger = MongoPlaraStores.connect(mongo.client(), "plara", TransactionMode.AUTO).ledger();
        var acknowledged = new AtomicLong();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                for (long i = 0; ; i++) {
                    String user = "user" + (i % 3);
                    var result = i % 3 == 2
                            ? ledger.append(Entries.purchase(user, "item-" + thread + "-" + i, Money.usd(150), T0),
                            Overdraft.FORBIDDEN)
                            : ledger.append(Entries.cardCredit(user, thread + "-" + i, Money.usd(100), T0),
                            Overdraft.FORBIDDEN);
                    if (!(result instanceof AppendResult.InsufficientFunds)) {
                        System.out.println("acknowledged " + acknowledged.incrementAndGet());
                    }
                }
            });
            worker.setDaemon(true);
            worker.start();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
