package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.AdminCredit;
import dev.plara.wallet.core.domain.ledger.CardDepositFacts;
import dev.plara.wallet.core.domain.payment.ChargedAmounts;
import dev.plara.wallet.core.domain.ledger.ConvertedPayment;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.domain.money.Conversion;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.Entries;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.Overdraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link LedgerStore} contract, run against every implementation. Each test gets a new, empty store. */
public abstract class LedgerStoreContract {

    protected final TestClock clock = TestClock.standard();
    protected LedgerStore ledger;

    /** A new, empty store. */
    protected abstract LedgerStore newStore();

    @BeforeEach
    void createStore() {
        ledger = newStore();
    }

    protected static Account usdWallet(String user) {
        return Account.wallet(UserId.of(user), Money.usd(0).currency());
    }

    @Test
    void aCreditIsPostedAsTheWalletsFirstEntryWithItsBalanceAfter() {
        var result = ledger.append(Entries.cardCredit("alice", "o1", Money.usd(10_00), clock.tick()), Overdraft.FORBIDDEN);

        assertThat(result).isInstanceOfSatisfying(AppendResult.Appended.class, appended -> {
            assertThat(appended.posted().walletSequence()).isEqualTo(1);
            assertThat(appended.posted().balanceAfter()).isEqualTo(Money.usd(10_00));
        });
        assertThat(ledger.balance(usdWallet("alice"))).isEqualTo(new WalletBalance(usdWallet("alice"), Money.usd(10_00), 1));
    }

    @Test
    void anUntouchedWalletHoldsZeroAtSequenceZero() {
        assertThat(ledger.balance(usdWallet("nobody"))).isEqualTo(WalletBalance.empty(usdWallet("nobody")));
        assertThat(ledger.balances(UserId.of("nobody"))).isEmpty();
    }

    @Test
    void eachWalletNumbersItsEntriesOneTwoThreeWithRunningBalances() {
        ledger.append(Entries.cardCredit("alice", "o1", Money.usd(10_00), clock.tick()), Overdraft.FORBIDDEN);
        ledger.append(Entries.cardCredit("bob", "o2", Money.usd(5_00), clock.tick()), Overdraft.FORBIDDEN);
        ledger.append(Entries.purchase("alice", "video-1", Money.usd(3_00), clock.tick()), Overdraft.FORBIDDEN);
        var third = ledger.append(Entries.cardCredit("alice", "o3", Money.usd(1_00), clock.tick()), Overdraft.FORBIDDEN);

        assertThat(((AppendResult.Appended) third).posted().walletSequence()).isEqualTo(3);
        assertThat(ledger.balance(usdWallet("alice")).balance()).isEqualTo(Money.usd(8_00));
        assertThat(ledger.balance(usdWallet("bob"))).isEqualTo(new WalletBalance(usdWallet("bob"), Money.usd(5_00), 1));
    }

    @Test
    void theSameFactTwiceIsOneEffect() {
        var credit = Entries.cardCredit("alice", "o1", Money.usd(10_00), clock.tick());
        var first = (AppendResult.Appended) ledger.append(credit, Overdraft.FORBIDDEN);
        var again = ledger.append(Entries.cardCredit("alice", "o1", Money.usd(10_00), clock.tick()), Overdraft.FORBIDDEN);

        assertThat(again).isEqualTo(new AppendResult.AlreadyApplied(first.posted()));
        assertThat(ledger.balance(usdWallet("alice")).balance()).isEqualTo(Money.usd(10_00));
    }

    @Test
    void theSameKeyWithAnotherAmountIsAConflictAndChangesNothing() {
        ledger.append(Entries.cardCredit("alice", "o1", Money.usd(10_00), clock.tick()), Overdraft.FORBIDDEN);

        var result = ledger.append(Entries.cardCredit("alice", "o1", Money.usd(99_00), clock.tick()), Overdraft.FORBIDDEN);

        assertThat(result).isInstanceOfSatisfying(AppendResult.Conflict.class,
                conflict -> assertThat(conflict.existing().entry().amount()).isEqualTo(Money.usd(10_00)));
        assertThat(ledger.balance(usdWallet("alice"))).isEqualTo(new WalletBalance(usdWallet("alice"), Money.usd(10_00), 1));
    }

    @Test
    void theSameKeyIntoAnotherWalletIsAConflictAndChangesNothing() {
        ledger.append(Entries.cardCredit("alice", "o1", Money.usd(10_00), clock.tick()), Overdraft.FORBIDDEN);

        var result = ledger.append(Entries.cardCredit("mallory", "o1", Money.usd(10_00), clock.tick()), Overdraft.FORBIDDEN);

        assertThat(result).isInstanceOf(AppendResult.Conflict.class);
        assertThat(ledger.balance(usdWallet("mallory")).lastSequence()).isZero();
    }

    @Test
    void aBankTransactionCodeIsCreditedOnceEvenUnderAnotherKey() {
        var etb = Money.etb(500_00);
        ledger.append(Entries.bankCredit("alice", "d1", "FT2611ABC", etb, clock.tick()), Overdraft.FORBIDDEN);

        var second = ledger.append(Entries.bankCredit("bob", "d2", "FT2611ABC", etb, clock.tick()), Overdraft.FORBIDDEN);

        assertThat(second).isInstanceOfSatisfying(AppendResult.Conflict.class, conflict ->
                assertThat(conflict.existing().key()).isEqualTo(Entries.bankCredit("alice", "d1", "FT2611ABC", etb,
                        clock.instant()).key()));
        assertThat(ledger.balances(UserId.of("bob"))).isEmpty();
    }

    @Test
    void aDebitLargerThanTheBalanceIsRefusedWithTheBalanceAndChangesNothing() {
        ledger.append(Entries.cardCredit("alice", "o1", Money.usd(5_00), clock.tick()), Overdraft.FORBIDDEN);

        var result = ledger.append(Entries.purchase("alice", "video-1", Money.usd(5_01), clock.tick()), Overdraft.FORBIDDEN);

        assertThat(result).isEqualTo(new AppendResult.InsufficientFunds(
                new WalletBalance(usdWallet("alice"), Money.usd(5_00), 1)));
        assertThat(ledger.find(Entries.purchase("alice", "video-1", Money.usd(5_01), clock.instant()).key())).isEmpty();
        assertThat(ledger.unsettled(10)).hasSize(1);
    }

    @Test
    void aDebitOfTheWholeBalanceLeavesExactlyZero() {
        ledger.append(Entries.cardCredit("alice", "o1", Money.usd(5_00), clock.tick()), Overdraft.FORBIDDEN);

        var result = ledger.append(Entries.purchase("alice", "video-1", Money.usd(5_00), clock.tick()), Overdraft.FORBIDDEN);

        assertThat(result).isInstanceOf(AppendResult.Appended.class);
        assertThat(ledger.balance(usdWallet("alice")).balance()).isEqualTo(Money.usd(0));
    }

    @Test
    void aRefundMayOverdrawAndTheWalletIsFlaggedAndThenRefusesDebits() {
        ledger.append(Entries.cardCredit("alice", "o1", Money.usd(10_00), clock.tick()), Overdraft.FORBIDDEN);
        ledger.append(Entries.purchase("alice", "video-1", Money.usd(8_00), clock.tick()), Overdraft.FORBIDDEN);

        var refund = ledger.append(Entries.refund("alice", "r1", Money.usd(10_00), clock.tick()), Overdraft.ALLOWED);

        assertThat(((AppendResult.Appended) refund).posted().balanceAfter()).isEqualTo(Money.usd(-8_00));
        assertThat(ledger.balance(usdWallet("alice")).overdrawn()).isTrue();
        assertThat(ledger.overdrawnBalances()).containsExactly(ledger.balance(usdWallet("alice")));
        assertThat(ledger.append(Entries.purchase("alice", "photo-1", Money.usd(1), clock.tick()), Overdraft.FORBIDDEN))
                .isInstanceOf(AppendResult.InsufficientFunds.class);
    }

    @Test
    void aForbiddenOverdraftOnAnEmptyWalletIsRefused() {
        var result = ledger.append(Entries.purchase("alice", "video-1", Money.usd(1), clock.tick()), Overdraft.FORBIDDEN);

        assertThat(result).isEqualTo(new AppendResult.InsufficientFunds(WalletBalance.empty(usdWallet("alice"))));
        assertThat(ledger.cachedBalances()).allSatisfy(balance -> assertThat(balance.balance().isZero()).isTrue());
    }

    @Test
    void everyFactOfAnEntryIsKeptExactly() {
        var etb = Money.etb(0).currency();
        var conversion = new Conversion(Money.usd(0).currency(), etb, new BigDecimal("57.25"));
        var paid = Money.usd(10_01);
        var entry = new LedgerEntry(IdempotencyKey.polarOrder("o-facts"), Account.polarClearing(etb),
                Account.wallet(UserId.of("guest:zoe@example.org"), etb), conversion.apply(paid),
                new CardDepositFacts("o-facts", "zoe@example.org", ConvertedPayment.of(conversion, paid), null,
                        new ChargedAmounts(Money.usd(8_34), Money.usd(1_67), paid))
                        .assignedBy(new AdminCredit("admin-1", clock.tick(), "assigned after review")), clock.tick());
        var bank = Entries.bankCredit("bob", "d9", "FT-99/Z", Money.etb(1), clock.tick());

        ledger.append(entry, Overdraft.FORBIDDEN);
        ledger.append(bank, Overdraft.FORBIDDEN);

        assertThat(ledger.find(entry.key()).orElseThrow().entry()).isEqualTo(entry);
        assertThat(ledger.find(bank.key()).orElseThrow().entry()).isEqualTo(bank);
        assertThat(entry.amount()).isEqualTo(Money.etb(573_07));
    }

    @Test
    void walletsOfEveryCurrencyAreKeptApartIncludingZeroDecimalOnes() {
        ledger.append(Entries.cardCredit("alice", "o1", Money.usd(10_00), clock.tick()), Overdraft.FORBIDDEN);
        ledger.append(Entries.cardCredit("alice", "o2", Money.of(500, "JPY"), clock.tick()), Overdraft.FORBIDDEN);
        ledger.append(Entries.bankCredit("alice", "d1", "FT0001", Money.etb(100_00), clock.tick()), Overdraft.FORBIDDEN);
        ledger.append(Entries.cardCredit("bob", "o3", Money.usd(1_00), clock.tick()), Overdraft.FORBIDDEN);

        assertThat(ledger.balances(UserId.of("alice"))).extracting(WalletBalance::balance)
                .containsExactly(Money.etb(100_00), Money.of(500, "JPY"), Money.usd(10_00));
    }

    @Test
    void historyIsTheUsersOwnEntriesNewestFirstInPages() {
        for (int i = 1; i <= 5; i++) {
            ledger.append(Entries.cardCredit("alice", "a" + i, Money.usd(i), clock.tick()), Overdraft.FORBIDDEN);
            ledger.append(Entries.cardCredit("bob", "b" + i, Money.usd(i), clock.tick()), Overdraft.FORBIDDEN);
        }

        var first = ledger.history(UserId.of("alice"), new PageRequest(1, 2));
        var last = ledger.history(UserId.of("alice"), new PageRequest(3, 2));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(posted -> posted.key().value())
                .containsExactly("polar:order:a5", "polar:order:a4");
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).extracting(posted -> posted.key().value()).containsExactly("polar:order:a1");
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void everyEntryIsFedWalletByWalletInSequenceOrder() {
        ledger.append(Entries.cardCredit("bob", "b1", Money.usd(2_00), clock.tick()), Overdraft.FORBIDDEN);
        ledger.append(Entries.cardCredit("alice", "a1", Money.usd(3_00), clock.tick()), Overdraft.FORBIDDEN);
        ledger.append(Entries.purchase("bob", "video-1", Money.usd(1_00), clock.tick()), Overdraft.FORBIDDEN);
        ledger.append(Entries.purchase("alice", "video-1", Money.usd(1_00), clock.tick()), Overdraft.FORBIDDEN);
        var seen = new ArrayList<PostedEntry>();

        ledger.forEachEntry(seen::add);

        assertThat(seen).hasSize(4);
        for (Account wallet : List.of(usdWallet("alice"), usdWallet("bob"))) {
            assertThat(seen.stream().filter(posted -> posted.entry().wallet().equals(wallet)))
                    .extracting(PostedEntry::walletSequence).containsExactly(1L, 2L);
        }
        assertThat(ledger.cachedBalances()).containsExactlyInAnyOrder(
                new WalletBalance(usdWallet("alice"), Money.usd(2_00), 2),
                new WalletBalance(usdWallet("bob"), Money.usd(1_00), 2));
    }

    @Test
    void entriesStayUnsettledOldestFirstUntilMarkedSettled() {
        var first = Entries.cardCredit("alice", "o1", Money.usd(1_00), clock.tick());
        var second = Entries.cardCredit("bob", "o2", Money.usd(1_00), clock.tick());
        ledger.append(first, Overdraft.FORBIDDEN);
        ledger.append(second, Overdraft.FORBIDDEN);

        assertThat(ledger.unsettled(10)).extracting(PostedEntry::key).containsExactly(first.key(), second.key());
        assertThat(ledger.unsettled(1)).extracting(PostedEntry::key).containsExactly(first.key());

        ledger.markSettled(first.key());
        ledger.markSettled(first.key());
        ledger.markSettled(IdempotencyKey.polarOrder("never-seen"));

        assertThat(ledger.unsettled(10)).extracting(PostedEntry::key).containsExactly(second.key());
    }
}
