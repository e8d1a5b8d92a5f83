package dev.plara.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.store.EmbeddedMongo;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.fixtures.Entries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static dev.plara.mongo.CoreOnMongo.T0;
import static dev.plara.wallet.core.port.out.Overdraft.FORBIDDEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code wallets} cache moves at a wallet's first entry and then once every eighth, not after every entry; a read
 * walks from it to the latest entry in one find and writes only when the cache is far behind, counted over the wire.
 */
class WalletCacheMovesTest {

    private static final Account ANN = Account.wallet(UserId.of("ann"), Money.usd(0).currency());

    @TempDir
    Path dir;

    private final List<String> commands = new CopyOnWriteArrayList<>();
    private MongoClient client;

    @Test
    void twentyFourAppendsToOneWalletOpenItsCacheAndMoveItAtTheFirstEntryAndOnceEveryEighth() {
        withStores(stores -> {
            for (int i = 1; i <= 24; i++) {
                stores.ledger().append(Entries.cardCredit("ann", "o" + i, Money.usd(1_00), T0), FORBIDDEN);
            }

            assertThat(commands.stream().filter("update wallets"::equals)).as("its opening, then at entries 1, 8, 16 and 24")
                    .hasSize(5);
            assertThat(stores.ledger().cachedBalances()).containsExactly(new WalletBalance(ANN, Money.usd(24_00), 24));
            assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
        });
    }

    @Test
    void sixteenCardCreditsThroughTheCoreOpenTheWalletCacheAndMoveItThreeTimes() {
        withStores(stores -> {
            stores.users().remember(new UserProfile(UserId.of("ann"), "ann@example.org", "Ann"));
            var core = CoreOnMongo.on(stores);
            for (int i = 1; i <= 16; i++) {
                core.confirmCardPayment().confirm(PaidDeposit.untaxed("o-" + i, "chk-" + i, "ann", "ann@example.org",
                        Money.usd(1_00), T0));
            }

            assertThat(commands.stream().filter("update wallets"::equals)).as("its opening, then at entries 1, 8 and 16")
                    .hasSize(4);
            assertThat(stores.ledger().balance(ANN)).isEqualTo(new WalletBalance(ANN, Money.usd(16_00), 16));
        });
    }

    @Test
    void aReadOfAWalletWhoseCacheIsAFewEntriesBehindWalksToTheLatestInOneFindAndWritesNothing() {
        withStores(stores -> {
            for (int i = 1; i <= 6; i++) {
                stores.ledger().append(Entries.cardCredit("ann", "o" + i, Money.usd(1_00), T0), FORBIDDEN);
            }
            var anotherProcess = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO);
            commands.clear();

            assertThat(anotherProcess.ledger().balance(ANN)).isEqualTo(new WalletBalance(ANN, Money.usd(6_00), 6));
            assertThat(anotherProcess.ledger().balances(UserId.of("ann")))
                    .containsExactly(new WalletBalance(ANN, Money.usd(6_00), 6));

            assertThat(commands).as("the cache, then its entry and those after it in one find; the same for the listing")
                    .containsExactly("find wallets", "find ledger_entries", "find wallets", "find ledger_entries");
        });
    }

    @Test
    void aReadOfAWalletWhoseCacheIsFarBehindCatchesItUpOnce() {
        withStores(stores -> {
            for (int i = 1; i <= 20; i++) {
                stores.ledger().append(Entries.cardCredit("ann", "o" + i, Money.usd(1_00), T0), FORBIDDEN);
            }
            client.getDatabase("plara").getCollection(MongoSchema.WALLETS).updateOne(Filters.eq("_id", ANN.toString()),
                    Updates.combine(Updates.set("seq", 1L), Updates.set("balance", 1_00L)));
            commands.clear();

            assertThat(stores.ledger().balance(ANN)).isEqualTo(new WalletBalance(ANN, Money.usd(20_00), 20));
            assertThat(stores.ledger().balance(ANN)).isEqualTo(new WalletBalance(ANN, Money.usd(20_00), 20));

            assertThat(commands.stream().filter("update wallets"::equals)).as("the first read catches it up").hasSize(1);
            assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
        });
    }

    @Test
    void aReadOfAWalletWhoseCacheWentRecreatesItSoTheOwnersListingFindsTheWalletAgain() {
        withStores(stores -> {
            for (int i = 1; i <= 3; i++) {
                stores.ledger().append(Entries.cardCredit("ann", "o" + i, Money.usd(1_00), T0), FORBIDDEN);
            }
            client.getDatabase("plara").getCollection(MongoSchema.WALLETS).deleteOne(Filters.eq("_id", ANN.toString()));

            assertThat(stores.ledger().balance(ANN)).isEqualTo(new WalletBalance(ANN, Money.usd(3_00), 3));

            assertThat(stores.ledger().balances(UserId.of("ann")))
                    .containsExactly(new WalletBalance(ANN, Money.usd(3_00), 3));
        });
    }

    @Test
    void theAuditTakesACacheBehindAsItsLatestEntryButFlagsOneItsOwnEntryDoesNotConfirm() {
        withStores(stores -> {
            for (int i = 1; i <= 3; i++) {
                stores.ledger().append(Entries.cardCredit("ann", "o" + i, Money.usd(1_00), T0), FORBIDDEN);
            }
            assertThat(CoreOnMongo.auditDiscrepancies(stores)).as("the cache at entry 1 of 3").isEmpty();

            client.getDatabase("plara").getCollection(MongoSchema.WALLETS).updateOne(Filters.eq("_id", ANN.toString()),
                    Updates.set("balance", 5_00L));

            assertThat(CoreOnMongo.auditDiscrepancies(stores)).as("the cache as it stands, not its latest entry")
                    .anySatisfy(found -> assertThat(found.actual()).endsWith(" at #1"));
        });
    }

    private void withStores(Consumer<MongoPlaraStores> test) {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(CollectionCommands.into(commands)).build())) {
            this.client = client;
            var stores = MongoPlaraStores.connect(client, "plara", TransactionMode.AUTO);
            commands.clear();
            test.accept(stores);
        }
    }
}
