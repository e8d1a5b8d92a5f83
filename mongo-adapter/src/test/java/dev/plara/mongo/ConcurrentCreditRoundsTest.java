package dev.plara.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.plara.mongo.collection.StoreRounds;
import dev.plara.mongo.collection.WriteObserver;
import dev.plara.store.EmbeddedMongo;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Card credits from concurrent senders that take part in the store's rounds send their commands together, counted
 * over the real wire: about one command per credit (a round's eight of a kind as one), and far fewer than the same
 * credits sent as they come. The bound is long, so that only a round, never the bound, lets commands go; the senders
 * start together, so that a thread the pool starts late never leaves the others in rounds of fewer.
 */
@Timeout(120)
class ConcurrentCreditRoundsTest {

    private static final int SENDERS = 8;
    private static final int CREDITS_EACH = 16;
    /** The wallets credited: at each step the senders credit different ones. */
    private static final int WALLETS = 16;

    @TempDir
    Path dir;

    private final AtomicInteger commands = new AtomicInteger();

    @Test
    void creditsSentInRoundsShareTheirCommands() throws Exception {
        double alone = commandsPerCredit(StoreRounds.none(), "alone");
        double inRounds = commandsPerCredit(new StoreRounds(Duration.ofSeconds(10)), "rounds");

        assertThat(inRounds).as("commands per credit in rounds").isLessThan(1.5);
        assertThat(alone).as("commands per credit sent as they come").isGreaterThan(inRounds * 2);
    }

    private double commandsPerCredit(StoreRounds rounds, String database) throws Exception {
        try (var store = EmbeddedMongo.open(dir.resolve(database)); var client = MongoClients.create(
                MongoClientSettings.builder().applyConnectionString(new ConnectionString(store.connectionString()))
                        .addCommandListener(counter()).build())) {
            var stores = MongoPlaraStores.connect(client, client, "plara", TransactionMode.AUTO,
                    WriteObserver.NONE, rounds);
            var core = CoreOnMongo.on(stores);
            for (int wallet = 0; wallet < WALLETS; wallet++) {
                var user = UserId.of("u" + wallet);
                stores.users().remember(new UserProfile(user, user.value() + "@example.org", "U"));
            }
            var senders = Executors.newFixedThreadPool(SENDERS);
            var allIn = new CountDownLatch(SENDERS);
            var work = new ArrayList<Callable<Void>>();
            for (int sender = 0; sender < SENDERS; sender++) {
                int s = sender;
                work.add(() -> {
                    rounds.enter();
                    try {
                        allIn.countDown();
                        allIn.await();
                        for (int credit = 0; credit < CREDITS_EACH; credit++) {
                            var user = "u" + (s * 2 + credit) % WALLETS;
                            core.confirmCardPayment().confirm(PaidDeposit.untaxed("o-" + s + "-" + credit, null, user,
                                    user + "@example.org", Money.usd(10_00), CoreOnMongo.T0));
                        }
                    } finally {
                        rounds.leave();
                    }
                    return null;
                });
            }
            commands.set(0);
            for (var done : senders.invokeAll(work)) {
                done.get();
            }
            senders.shutdown();
            double perCredit = commands.get() / (double) (SENDERS * CREDITS_EACH);
            assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
            return perCredit;
        }
    }

    private CommandListener counter() {
        return new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.incrementAndGet();
            }
        };
    }
}
