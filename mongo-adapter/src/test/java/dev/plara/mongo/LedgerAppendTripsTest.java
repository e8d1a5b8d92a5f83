package dev.plara.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.plara.store.EmbeddedMongo;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.Entries;
import dev.plara.wallet.core.port.out.AppendResult;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import static dev.plara.mongo.CoreOnMongo.T0;
import static dev.plara.wallet.core.port.out.Overdraft.FORBIDDEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appends to one wallet from one process go on from the entry this process inserted last, once it is read back: no
 * read of the wallet's cache, and buyers racing on one wallet wait for one another's insert instead of having theirs
 * refused and looking the winner up, counted over the real wire.
 */
class LedgerAppendTripsTest {

    private static final Account ANN = Account.wallet(UserId.of("ann"), Money.usd(0).currency());

    @TempDir
    Path dir;

    private final List<String> commands = new CopyOnWriteArrayList<>();
    /** The wallet sequence each entry read by its sequence asked for, or the range it asked for. */
    private final List<String> sequencesRead = new CopyOnWriteArrayList<>();
    /** The key each entry read by its key asked for. */
    private final List<String> keysRead = new CopyOnWriteArrayList<>();
    private MongoClient client;

    @Test
    void aWalletsFirstEntryFindsNoCacheAndReadsNoEntriesBeforeOpeningItAndInserting() {
        withStores(stores -> {
            commands.clear();

            var result = stores.ledger().append(Entries.cardCredit("ann", "o1", Money.usd(10_00), T0), FORBIDDEN);

            assertThat(result).isInstanceOf(AppendResult.Appended.class);
            assertThat(commands).containsExactly("find wallets", "update wallets", "insert ledger_entries",
                    "update wallets");
        });
    }

    @Test
    void anEntryOfAWalletWhoseCacheIsMissingIsRefusedAtTheFirstSequenceAndGoesOnFromItsLatestEntry() {
        withStores(stores -> {
            var otherServer = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO);
            otherServer.ledger().append(Entries.cardCredit("ann", "o1", Money.usd(10_00), T0), FORBIDDEN);
            otherServer.ledger().append(Entries.cardCredit("ann", "o2", Money.usd(5_00), T0), FORBIDDEN);
            client.getDatabase("plara").getCollection("wallets").deleteMany(new Document());

            var result = stores.ledger().append(Entries.cardCredit("ann", "o3", Money.usd(1_00), T0), FORBIDDEN);

            assertThat(result).isInstanceOfSatisfying(AppendResult.Appended.class, appended -> assertThat(
                    appended.posted().balanceAfter()).isEqualTo(Money.usd(16_00)));
            assertThat(stores.ledger().balance(ANN)).isEqualTo(new WalletBalance(ANN, Money.usd(16_00), 3));
            assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
        });
    }

    @Test
    void aPurchaseAfterThisProcesssOwnEntryReadsThatEntryBackThenInsertsAndLeavesTheCacheAtTheFirstEntry() {
        withStores(stores -> {
            stores.ledger().append(Entries.cardCredit("ann", "o1", Money.usd(10_00), T0), FORBIDDEN);
            commands.clear();

            var result = stores.ledger().append(Entries.purchase("ann", "video-1", Money.usd(3_00), T0), FORBIDDEN);

            assertThat(result).isInstanceOf(AppendResult.Appended.class);
            assertThat(commands).as("the cache moves at the first entry and every eighth, not at the second")
                    .containsExactly("find ledger_entries", "insert ledger_entries");
        });
    }

    @Test
    void aPurchaseTheFundsDoNotCoverAfterThisProcesssOwnEntryLooksItsKeyAndTheNextSequenceUpFromThatEntry() {
        withStores(stores -> {
            stores.ledger().append(Entries.cardCredit("ann", "o1", Money.usd(2_00), T0), FORBIDDEN);
            commands.clear();

            var result = stores.ledger().append(Entries.purchase("ann", "video-1", Money.usd(3_00), T0), FORBIDDEN);

            assertThat(result).isEqualTo(new AppendResult.InsufficientFunds(new WalletBalance(ANN, Money.usd(2_00), 1)));
            assertThat(commands).containsOnly("find ledger_entries").hasSize(4);
        });
    }

    @Test
    void buyersRacingOnOneWalletInOneProcessNeverHaveAnInsertRefusedNorLookTheWinnerUp() {
        withStores(stores -> {
            stores.ledger().append(Entries.cardCredit("ann", "o1", Money.usd(120_00), T0), FORBIDDEN);
            commands.clear();
            var buyers = new ArrayList<Callable<AppendResult>>();
            for (int i = 0; i < 120; i++) {
                var item = "video-" + i;
                buyers.add(() -> stores.ledger().append(Entries.purchase("ann", item, Money.usd(1_00), T0), FORBIDDEN));
            }
            var pool = Executors.newFixedThreadPool(8);
            try {
                for (var done : pool.invokeAll(buyers)) {
                    assertThat(done.get()).isInstanceOf(AppendResult.Appended.class);
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                pool.shutdown();
            }

            assertThat(commands.stream().filter("insert ledger_entries"::equals))
                    .as("one insert per purchase, none refused").hasSize(120);
            assertThat(commands.stream().filter("find ledger_entries"::equals))
                    .as("one read of the entry before per purchase, no winner looked up").hasSize(120);
            assertThat(stores.ledger().balance(ANN)).isEqualTo(new WalletBalance(ANN, Money.usd(0), 121));
            assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
        });
    }

    @Test
    void anInsertRefusedBecauseAnotherServerMovedTheWalletOnLeavesThisProcesssLastEntryBehind() {
        withStores(stores -> {
            stores.ledger().append(Entries.cardCredit("ann", "o1", Money.usd(10_00), T0), FORBIDDEN);
            var otherServer = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO);
            for (int i = 2; i <= 6; i++) {
                otherServer.ledger().append(Entries.cardCredit("ann", "o" + i, Money.usd(1_00), T0), FORBIDDEN);
            }
            sequencesRead.clear();
            keysRead.clear();

            var result = stores.ledger().append(Entries.purchase("ann", "video-1", Money.usd(3_00), T0), FORBIDDEN);

            assertThat(result).isInstanceOfSatisfying(AppendResult.Appended.class, appended -> assertThat(
                    appended.posted().walletSequence()).isEqualTo(7));
            assertThat(keysRead).as("its own entry read back once by its key, then the purchase's key looked up")
                    .containsExactly(IdempotencyKey.polarOrder("o1").value(), "purchase:ann:video-1");
            assertThat(sequencesRead).as("then the wallet's cache asked, its entry and those after it in one find")
                    .containsExactly(">=1");
        });
    }

    private void withStores(Consumer<MongoPlaraStores> test) {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(CollectionCommands.into(commands)).addCommandListener(recorder()).build())) {
            this.client = client;
            test.accept(MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO));
        }
    }

    private CommandListener recorder() {
        return new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                var target = event.getCommand().get(event.getCommandName());
                var filter = event.getCommand().getDocument("filter", null);
                if (filter != null && filter.isString("_id") && "ledger_entries".equals(target.asString().getValue())) {
                    keysRead.add(filter.getString("_id").getValue());
                }
                if (filter != null && filter.isNumber("walletSeq")) {
                    sequencesRead.add(String.valueOf(filter.getNumber("walletSeq").longValue()));
                }
                if (filter != null && filter.isDocument("walletSeq")) {
                    filter.getDocument("walletSeq").forEach((operator, bound) -> sequencesRead.add(
                            (operator.equals("$gte") ? ">=" : operator.equals("$gt") ? ">" : operator)
                                    + bound.asNumber().longValue()));
                }
            }
        };
    }
}
