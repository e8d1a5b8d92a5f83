package dev.plara.mongo;

import com.mongodb.client.MongoCollection;
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
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.plara.mongo.CoreOnMongo.T0;
import static dev.plara.wallet.core.port.out.Overdraft.FORBIDDEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An append's first attempt looks neither its key up nor past the latest entry it found from the wallet's confirmed
 * cache, trusting the unique indexes: what a cache left behind its entries (a crash between an entry and its move)
 * must not get wrong.
 */
class LedgerFirstAttemptTest {

    private static final Account ANN = Account.wallet(UserId.of("ann"), Money.usd(0).currency());

    private String name;
    private MongoPlaraStores stores;
    private MongoCollection<Document> wallets;

    @BeforeEach
    void annHasSevenDollarsAtSequenceTwo() {
        name = InProcessMongo.newDatabaseName();
        stores = InProcessMongo.shared().stores(name, WriteObserver.NONE);
        wallets = InProcessMongo.shared().client().getDatabase(name).getCollection(MongoSchema.WALLETS);
        stores.ledger().append(Entries.cardCredit("ann", "o1", Money.usd(10_00), T0), FORBIDDEN);
        stores.ledger().append(Entries.purchase("ann", "video-1", Money.usd(3_00), T0), FORBIDDEN);
    }

    @Test
    void aCacheBehindThatShowsMoreThanThereIsNeverLetsADebitOverdraw() {
        cacheAt(1, 10_00);

        var result = stores.ledger().append(Entries.purchase("ann", "video-2", Money.usd(8_00), T0), FORBIDDEN);

        assertThat(result).isEqualTo(new AppendResult.InsufficientFunds(new WalletBalance(ANN, Money.usd(7_00), 2)));
        assertThat(stores.ledger().balance(ANN)).isEqualTo(new WalletBalance(ANN, Money.usd(7_00), 2));
    }

    @Test
    void aCacheItsOwnEntryDoesNotConfirmIsNeverWhereAnotherProcesssDebitStarts() {
        cacheAt(2, 100_00);
        var anotherProcess = InProcessMongo.shared().stores(name, WriteObserver.NONE);

        var result = anotherProcess.ledger().append(Entries.purchase("ann", "video-2", Money.usd(50_00), T0), FORBIDDEN);

        assertThat(result).isEqualTo(new AppendResult.InsufficientFunds(new WalletBalance(ANN, Money.usd(7_00), 2)));
    }

    @Test
    void aCacheBehindThatShowsLessThanThereIsDoesNotRefuseADebitTheEntriesCover() {
        wallets.deleteOne(Filters.eq("_id", ANN.toString()));

        var result = stores.ledger().append(Entries.purchase("ann", "video-2", Money.usd(5_00), T0), FORBIDDEN);

        assertThat(result).isInstanceOfSatisfying(AppendResult.Appended.class, appended -> {
            assertThat(appended.posted().walletSequence()).isEqualTo(3);
            assertThat(appended.posted().balanceAfter()).isEqualTo(Money.usd(2_00));
        });
        assertThat(stores.ledger().balance(ANN)).isEqualTo(new WalletBalance(ANN, Money.usd(2_00), 3));
    }

    @Test
    void aRepeatedPurchaseOnceTheFundsAreSpentIsStillTheSameEffectNotAShortage() {
        stores.ledger().append(Entries.purchase("ann", "video-2", Money.usd(7_00), T0), FORBIDDEN);

        var result = stores.ledger().append(Entries.purchase("ann", "video-1", Money.usd(3_00), T0), FORBIDDEN);

        assertThat(result).isInstanceOf(AppendResult.AlreadyApplied.class);
        assertThat(stores.ledger().balance(ANN)).isEqualTo(new WalletBalance(ANN, Money.usd(0), 3));
    }

    @Test
    void anotherServersEntriesAfterThisProcesssLastAreNeverOverwrittenNorOverdrawn() {
        var other = InProcessMongo.shared().stores(name, WriteObserver.NONE);
        for (int i = 2; i <= 7; i++) {
            other.ledger().append(Entries.purchase("ann", "video-" + i, Money.usd(1_00), T0), FORBIDDEN);
        }

        var refused = stores.ledger().append(Entries.purchase("ann", "video-8", Money.usd(2_00), T0), FORBIDDEN);
        var credit = stores.ledger().append(Entries.cardCredit("ann", "o2", Money.usd(5_00), T0), FORBIDDEN);

        assertThat(refused).isEqualTo(new AppendResult.InsufficientFunds(new WalletBalance(ANN, Money.usd(1_00), 8)));
        assertThat(credit).isInstanceOfSatisfying(AppendResult.Appended.class, appended -> {
            assertThat(appended.posted().walletSequence()).isEqualTo(9);
            assertThat(appended.posted().balanceAfter()).isEqualTo(Money.usd(6_00));
        });
        assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
    }

    @Test
    void fundsThatLookShortAfterThisProcesssLastEntryAreFoundInAnotherServersCreditsFarOrNear() {
        var other = InProcessMongo.shared().stores(name, WriteObserver.NONE);
        other.ledger().append(Entries.cardCredit("ann", "o2", Money.usd(1_00), T0), FORBIDDEN);

        var near = stores.ledger().append(Entries.purchase("ann", "video-2", Money.usd(8_00), T0), FORBIDDEN);
        for (int i = 3; i <= 9; i++) {
            other.ledger().append(Entries.cardCredit("ann", "o" + i, Money.usd(1_00), T0), FORBIDDEN);
        }
        var far = stores.ledger().append(Entries.purchase("ann", "video-3", Money.usd(7_00), T0), FORBIDDEN);

        assertThat(near).isInstanceOfSatisfying(AppendResult.Appended.class, appended -> {
            assertThat(appended.posted().walletSequence()).isEqualTo(4);
            assertThat(appended.posted().balanceAfter()).isEqualTo(Money.usd(0));
        });
        assertThat(far).isInstanceOfSatisfying(AppendResult.Appended.class, appended -> {
            assertThat(appended.posted().walletSequence()).isEqualTo(12);
            assertThat(appended.posted().balanceAfter()).isEqualTo(Money.usd(0));
        });
        assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
    }

    @Test
    void entriesTheStoreLostAfterAcknowledgingThemAreNeverTheStartOfTheNextOne() {
        InProcessMongo.shared().client().getDatabase(name).getCollection(MongoSchema.LEDGER_ENTRIES)
                .deleteMany(Filters.eq("wallet", ANN.toString()));
        wallets.deleteOne(Filters.eq("_id", ANN.toString()));

        var result = stores.ledger().append(Entries.purchase("ann", "video-2", Money.usd(5_00), T0), FORBIDDEN);

        assertThat(result).isEqualTo(new AppendResult.InsufficientFunds(WalletBalance.empty(ANN)));
        assertThat(stores.ledger().balance(ANN)).isEqualTo(WalletBalance.empty(ANN));
    }

    private void cacheAt(long sequence, long balance) {
        wallets.updateOne(Filters.eq("_id", ANN.toString()), Updates.combine(Updates.set("seq", sequence),
                Updates.set("balance", balance)));
    }
}
