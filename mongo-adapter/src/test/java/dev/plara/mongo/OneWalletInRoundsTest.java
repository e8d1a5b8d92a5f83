package dev.plara.mongo;

import com.mongodb.client.MongoClients;
import dev.plara.mongo.collection.StoreRounds;
import dev.plara.store.EmbeddedMongo;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.Entries;
import dev.plara.wallet.core.port.out.Overdraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests appending to one wallet at once, all taking part in the store's rounds: those waiting for the wallet's turn
 * stand aside, so the one holding it is never kept waiting for them (the bound here is longer than the test may take).
 */
@Timeout(15)
class OneWalletInRoundsTest {

    private static final int BUYERS = 4;
    private static final int CREDITS_EACH = 10;

    @TempDir
    Path dir;

    @Test
    void appendsWaitingForTheWalletsTurnHoldNoRoundUp() throws Exception {
        var rounds = new StoreRounds(Duration.ofSeconds(30));
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            var ledger = MongoPlaraStores.connect(client, client, "plara", TransactionMode.AUTO, rounds).ledger();
            var together = new CyclicBarrier(BUYERS);
            var buyers = new ArrayList<Callable<Void>>();
            for (int buyer = 0; buyer < BUYERS; buyer++) {
                int b = buyer;
                buyers.add(() -> {
                    rounds.enter();
                    together.await();
                    try {
                        for (int credit = 0; credit < CREDITS_EACH; credit++) {
                            ledger.append(Entries.cardCredit("ann", "o-" + b + "-" + credit, Money.usd(1_00),
                                    CoreOnMongo.T0), Overdraft.FORBIDDEN);
                        }
                    } finally {
                        rounds.leave();
                    }
                    return null;
                });
            }
            var threads = Executors.newFixedThreadPool(BUYERS);
            for (var done : threads.invokeAll(buyers)) {
                done.get();
            }
            threads.shutdown();

            var ann = Account.wallet(UserId.of("ann"), Money.usd(0).currency());
            assertThat(ledger.balance(ann).balance()).isEqualTo(Money.usd(BUYERS * CREDITS_EACH * 1_00));
        }
    }
}
