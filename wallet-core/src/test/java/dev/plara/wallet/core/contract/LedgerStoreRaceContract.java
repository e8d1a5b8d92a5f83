package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.Entries;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.Overdraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link LedgerStore} contract under races: many threads, one balance, the same keys. */
@Timeout(60)
public abstract class LedgerStoreRaceContract {

    private static final int THREADS = 8;

    protected final TestClock clock = TestClock.standard();
    protected LedgerStore ledger;

    /** A new, empty store that several threads may use at once. */
    protected abstract LedgerStore newStore();

    @BeforeEach
    void createStore() {
        ledger = newStore();
    }

    @Test
    void debitsRacingForOneBalanceNeverTakeItBelowZero() throws Exception {
        ledger.append(Entries.cardCredit("alice", "o1", Money.usd(10_00), clock.tick()), Overdraft.FORBIDDEN);

        var results = race(40, i -> Entries.purchase("alice", "item-" + i, Money.usd(1_00), clock.instant()));

        assertThat(results.stream().filter(AppendResult.Appended.class::isInstance)).hasSize(10);
        assertThat(results.stream().filter(AppendResult.InsufficientFunds.class::isInstance)).hasSize(30);
        var wallet = Account.wallet(UserId.of("alice"), Money.usd(0).currency());
        assertThat(ledger.balance(wallet).balance()).isEqualTo(Money.usd(0));
        assertThat(ledger.balance(wallet).lastSequence()).isEqualTo(11);
    }

    @Test
    void theSameCreditRacingFromManyThreadsIsAppliedOnce() throws Exception {
        var results = race(32, i -> Entries.cardCredit("alice", "o-same", Money.usd(7_00), clock.instant()));

        assertThat(results.stream().filter(AppendResult.Appended.class::isInstance)).hasSize(1);
        assertThat(results.stream().filter(AppendResult.AlreadyApplied.class::isInstance)).hasSize(31);
        assertThat(ledger.balances(UserId.of("alice"))).singleElement()
                .satisfies(balance -> assertThat(balance.balance()).isEqualTo(Money.usd(7_00)));
    }

    @Test
    void creditsRacingIntoOneWalletAllLandWithASequenceWithoutGaps() throws Exception {
        var results = race(40, i -> Entries.cardCredit("alice", "o" + i, Money.usd(1), clock.instant()));

        assertThat(results).allMatch(AppendResult.Appended.class::isInstance);
        var sequences = new ArrayList<Long>();
        ledger.forEachEntry(posted -> sequences.add(posted.walletSequence()));
        assertThat(sequences).containsExactlyElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());
        assertThat(ledger.balances(UserId.of("alice")).get(0).balance()).isEqualTo(Money.usd(40));
    }

    private List<AppendResult> race(int count, IntFunction<LedgerEntry> entryFor)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<AppendResult>>();
            for (int i = 0; i < count; i++) {
                var entry = entryFor.apply(i);
                Callable<AppendResult> append = () -> {
                    start.await();
                    return ledger.append(entry, Overdraft.FORBIDDEN);
                };
                futures.add(pool.submit(append));
            }
            start.countDown();
            var results = new ArrayList<AppendResult>();
            for (Future<AppendResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
