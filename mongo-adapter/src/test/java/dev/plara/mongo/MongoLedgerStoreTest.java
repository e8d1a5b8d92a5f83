package dev.plara.mongo;

import dev.plara.wallet.core.domain.Money;
import dev.plara.wallet.core.domain.PageRequest;
import dev.plara.wallet.core.domain.PostedEntry;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.domain.WalletBalance;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.LedgerStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;

import static dev.plara.mongo.Entries.at;
import static dev.plara.mongo.Entries.bankCredit;
import static dev.plara.mongo.Entries.cardCredit;
import static dev.plara.mongo.Entries.purchase;
import static dev.plara.mongo.Entries.refund;
import static dev.plara.mongo.Entries.wallet;
import static dev.plara.wallet.core.port.out.Overdraft.ALLOWED;
import static dev.plara.wallet.core.port.out.Overdraft.FORBIDDEN;
import static org.assertj.core.api.Assertions.assertThat;

class MongoLedgerStoreTest {

    private LedgerStore ledger;

    @BeforeEach
    void freshLedger() {
        ledger = InProcessMongo.shared().freshStores().ledger();
    }

    @Test
    void appendsAtTheNextSequenceWithTheBalanceAfterAndReadsTheEntryBackExactly() {
        ledger.append(cardCredit("alice", "o1", Money.usd(10_00)), FORBIDDEN);
        var second = ledger.append(cardCredit("alice", "o2", Money.usd(2_50)), FORBIDDEN);

        var expected = new PostedEntry(cardCredit("alice", "o2", Money.usd(2_50)), 2, Money.usd(12_50));
        assertThat(second).isEqualTo(new AppendResult.Appended(expected));
        assertThat(ledger.find(expected.key())).contains(expected);
        assertThat(ledger.balance(wallet("alice", Money.usd(0))))
                .isEqualTo(new WalletBalance(wallet("alice", Money.usd(0)), Money.usd(12_50), 2));
    }

    @Test
    void theSameKeyTwiceIsOneEffectAndAnotherAmountUnderItIsAConflict() {
        var first = (AppendResult.Appended) ledger.append(cardCredit("alice", "o1", Money.usd(10_00)), FORBIDDEN);

        assertThat(ledger.append(cardCredit("alice", "o1", Money.usd(10_00)), FORBIDDEN))
                .isEqualTo(new AppendResult.AlreadyApplied(first.posted()));
        assertThat(ledger.append(cardCredit("alice", "o1", Money.usd(9_00)), FORBIDDEN))
                .isInstanceOf(AppendResult.Conflict.class);
        assertThat(ledger.balance(wallet("alice", Money.usd(0))).balance()).isEqualTo(Money.usd(10_00));
    }

    @Test
    void aBankTransactionCodeCreditsOnceEvenUnderAnotherKey() {
        var first = (AppendResult.Appended) ledger.append(bankCredit("alice", "d1", "FT123", Money.etb(500_00)),
                FORBIDDEN);

        var second = ledger.append(bankCredit("bob", "d2", "FT123", Money.etb(500_00)), FORBIDDEN);

        assertThat(second).isInstanceOfSatisfying(AppendResult.Conflict.class,
                conflict -> assertThat(conflict.existing()).isEqualTo(first.posted()));
        assertThat(ledger.balances(UserId.of("bob"))).isEmpty();
    }

    @Test
    void aDebitBeyondTheBalanceIsRefusedUnlessOverdraftIsAllowed() {
        ledger.append(cardCredit("alice", "o1", Money.usd(5_00)), FORBIDDEN);

        var refused = ledger.append(purchase("alice", "video-1", Money.usd(6_00)), FORBIDDEN);
        var refunded = ledger.append(refund("alice", "r1", "o1", Money.usd(6_00)), ALLOWED);

        var before = new WalletBalance(wallet("alice", Money.usd(0)), Money.usd(5_00), 1);
        assertThat(refused).isEqualTo(new AppendResult.InsufficientFunds(before));
        assertThat(refunded).isInstanceOf(AppendResult.Appended.class);
        assertThat(ledger.balance(before.wallet()).balance()).isEqualTo(Money.usd(-1_00));
        assertThat(ledger.balance(before.wallet()).overdrawn()).isTrue();
    }

    @Test
    void listsAUsersWalletsByCurrencyAndHistoryNewestFirst() {
        ledger.append(cardCredit("alice", "o1", Money.usd(1_00)), FORBIDDEN);
        ledger.append(at(bankCredit("alice", "d1", "FT0001", Money.etb(2_00)), Entries.T0.plusSeconds(1)), FORBIDDEN);
        ledger.append(at(purchase("alice", "photo-1", Money.usd(50)), Entries.T0.plusSeconds(2)), FORBIDDEN);
        ledger.append(cardCredit("bob", "o2", Money.usd(7_00)), FORBIDDEN);

        assertThat(ledger.balances(UserId.of("alice"))).extracting(WalletBalance::balance)
                .containsExactly(Money.etb(2_00), Money.usd(50));
        var page = ledger.history(UserId.of("alice"), new PageRequest(1, 2));
        assertThat(page.items()).extracting(p -> p.key().value())
                .containsExactly("purchase:alice:photo-1", "bank:d1");
        assertThat(page.total()).isEqualTo(3);
        assertThat(ledger.history(UserId.of("alice"), new PageRequest(2, 2)).items()).extracting(p -> p.key().value())
                .containsExactly("polar:order:o1");
    }

    @Test
    void feedsEntriesWalletByWalletInSequenceAndCachesEachWallet() {
        ledger.append(cardCredit("bob", "o1", Money.usd(1_00)), FORBIDDEN);
        ledger.append(cardCredit("alice", "o2", Money.usd(2_00)), FORBIDDEN);
        ledger.append(cardCredit("bob", "o3", Money.usd(3_00)), FORBIDDEN);

        var fed = new ArrayList<String>();
        ledger.forEachEntry(posted -> fed.add(posted.entry().wallet() + "#" + posted.walletSequence()));

        assertThat(fed).containsExactly("wallet:alice/USD#1", "wallet:bob/USD#1", "wallet:bob/USD#2");
        assertThat(ledger.cachedBalances()).extracting(WalletBalance::balance)
                .containsExactly(Money.usd(2_00), Money.usd(4_00));
    }

    @Test
    void everyEntryStartsUnsettledUntilMarkedOldestFirst() {
        ledger.append(at(cardCredit("alice", "o1", Money.usd(1_00)), Entries.T0.plusSeconds(5)), FORBIDDEN);
        ledger.append(cardCredit("bob", "o2", Money.usd(1_00)), FORBIDDEN);

        assertThat(ledger.unsettled(10)).extracting(p -> p.key().value())
                .containsExactly("polar:order:o2", "polar:order:o1");
        ledger.markSettled(dev.plara.wallet.core.domain.IdempotencyKey.polarOrder("o2"));
        ledger.markSettled(dev.plara.wallet.core.domain.IdempotencyKey.polarOrder("unknown"));

        assertThat(ledger.unsettled(10)).extracting(p -> p.key().value()).containsExactly("polar:order:o1");
        assertThat(ledger.unsettled(0)).isEmpty();
    }
}
