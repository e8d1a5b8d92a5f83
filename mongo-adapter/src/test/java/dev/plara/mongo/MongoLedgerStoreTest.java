package dev.plara.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.Entries;
import dev.plara.wallet.core.port.out.AppendResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Executors;

import static dev.plara.mongo.CoreOnMongo.T0;
import static dev.plara.wallet.core.port.out.Overdraft.FORBIDDEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the shared contract cannot see: the wallet cache is derived from its entries and brought back to them. */
class MongoLedgerStoreTest {

    private static final Account ANN = Account.wallet(UserId.of("ann"), Money.usd(0).currency());

    private MongoPlaraStores stores;
    private MongoDatabase db;

    @BeforeEach
    void freshDatabase() {
        String name = InProcessMongo.newDatabaseName();
        stores = InProcessMongo.shared().stores(name, WriteObserver.NONE);
        db = InProcessMongo.shared().client().getDatabase(name);
        stores.ledger().append(Entries.cardCredit("ann", "o1", Money.usd(10_00), T0), FORBIDDEN);
        stores.ledger().append(Entries.purchase("ann", "video-1", Money.usd(3_00), T0), FORBIDDEN);
    }

    @Test
    void aCacheLeftBehindItsEntriesIsWalkedPastByAReadAndAMissingOneIsRecreatedByRepair() {
        wallets().updateOne(Filters.eq("_id", ANN.toString()), Updates.combine(Updates.set("seq", 1L),
                Updates.set("balance", 10_00L)));

        assertThat(stores.ledger().balance(ANN)).isEqualTo(new WalletBalance(ANN, Money.usd(7_00), 2));
        assertThat(rawCache()).as("a cache a few entries behind is left as it is").containsExactly(1L, 10_00L);
        wallets().deleteOne(Filters.eq("_id", ANN.toString()));
        assertThat(stores.repair()).isEqualTo(1);
        assertThat(rawCache()).as("the cache the repair made").containsExactly(2L, 7_00L);
        assertThat(stores.repair()).isZero();
    }

    /** The cache is never the source of truth: an opening cache (seq 0) that shows money is not spendable. */
    @Test
    void anOpeningCacheThatShowsMoneyIsNeverSpent() {
        var bob = Account.wallet(UserId.of("bob"), Money.usd(0).currency());
        wallets().insertOne(new org.bson.Document("_id", bob.toString()).append("seq", 0L).append("balance", 100_00L)
                .append("owner", "bob"));

        var result = stores.ledger().append(Entries.purchase("bob", "video-1", Money.usd(50_00), T0), FORBIDDEN);

        assertThat(result).isEqualTo(new AppendResult.InsufficientFunds(WalletBalance.empty(bob)));
    }

    @Test
    void aCacheAheadOfItsEntriesAfterALostWriteIsSetBackAndTheSequenceGoesOnFromTheEntries() {
        wallets().updateOne(Filters.eq("_id", ANN.toString()), Updates.combine(Updates.set("seq", 2L),
                Updates.set("balance", 7_00L)));
        db.getCollection(MongoSchema.LEDGER_ENTRIES).deleteOne(Filters.eq("_id", "purchase:ann:video-1"));

        assertThat(stores.repair()).isEqualTo(1);
        var next = stores.ledger().append(Entries.cardCredit("ann", "o2", Money.usd(1_00), T0), FORBIDDEN);

        assertThat(next).isInstanceOfSatisfying(AppendResult.Appended.class, appended -> {
            assertThat(appended.posted().walletSequence()).isEqualTo(2);
            assertThat(appended.posted().balanceAfter()).isEqualTo(Money.usd(11_00));
        });
        assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
    }

    @Test
    void aCacheOfAWalletWithoutEntriesIsRemovedByRepair() {
        wallets().insertOne(new org.bson.Document("_id", "wallet:ghost/USD").append("seq", 4L).append("balance", 9L));

        assertThat(stores.repair()).isEqualTo(1);

        assertThat(stores.ledger().cachedBalances()).extracting(WalletBalance::wallet).containsExactly(ANN);
    }

    @Test
    void listingsRacingTheFirstEntriesOfNewWalletsNeverLoseAWallet() throws Exception {
        var pool = Executors.newFixedThreadPool(3);
        var reader = pool.submit(() -> {
            for (int i = 0; i < 600; i++) {
                stores.ledger().balances(UserId.of("new-" + i % 60));
            }
        });
        var writers = List.of(pool.submit(() -> credit(0, 30)), pool.submit(() -> credit(30, 60)));
        for (var done : List.of(reader, writers.get(0), writers.get(1))) {
            done.get();
        }
        pool.shutdown();

        for (int i = 0; i < 60; i++) {
            assertThat(stores.ledger().balances(UserId.of("new-" + i))).hasSize(1);
        }
        assertThat(stores.ledger().cachedBalances()).hasSize(61);
        assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
    }

    private void credit(int from, int to) {
        for (int i = from; i < to; i++) {
            stores.ledger().append(Entries.cardCredit("new-" + i, "first-" + i, Money.usd(1_00), T0), FORBIDDEN);
        }
    }

    @Test
    void systemAccountsHaveNoCachedBalance() {
        assertThatThrownBy(() -> stores.ledger().balance(Account.contentRevenue(Money.usd(0).currency())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("system account");
    }

    private List<Long> rawCache() {
        var cache = wallets().find(Filters.eq("_id", ANN.toString())).first();
        return List.of(cache.get("seq", Number.class).longValue(), cache.get("balance", Number.class).longValue());
    }

    private com.mongodb.client.MongoCollection<org.bson.Document> wallets() {
        return db.getCollection(MongoSchema.WALLETS);
    }
}
