package dev.plara.mongo;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.EntryKind;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.Overdraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static dev.plara.mongo.CoreOnMongo.T0;
import static dev.plara.wallet.core.fixtures.Entries.cardCredit;
import static dev.plara.wallet.core.fixtures.Entries.purchase;
import static dev.plara.wallet.core.fixtures.Entries.refund;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight threads append 500 mixed operations each to a handful of wallets: fresh credits, credits every thread repeats,
 * purchases competing for one balance, and refunds. What the ledger holds must be what a simple sequential model
 * makes of exactly the entries it answered {@code Appended} for, and those answers must be sound: no credit or refund
 * lost, no purchase refused that the balance covered, none appended that the balance did not.
 */
class LedgerConcurrencyTest {

    private static final int THREADS = 8;
    private static final int OPERATIONS = 500;
    private static final List<String> USERS = List.of("ann", "ben", "cat");

    private record Outcome(LedgerEntry entry, AppendResult result) {
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void racingAppendsKeepExactlyOnceNeverBelowZeroAndAnAuditWithoutDifference() throws Exception {
        var stores = InProcessMongo.shared().freshStores();
        LedgerStore ledger = stores.ledger();
        var pool = Executors.newFixedThreadPool(THREADS);
        var tasks = new ArrayList<Callable<List<Outcome>>>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            tasks.add(() -> run(ledger, thread));
        }
        var outcomes = new ArrayList<Outcome>();
        for (var future : pool.invokeAll(tasks)) {
            outcomes.addAll(future.get());
        }
        pool.shutdown();

        var appended = outcomes.stream().filter(o -> o.result() instanceof AppendResult.Appended).toList();
        assertThat(appended).extracting(o -> o.entry().key()).doesNotHaveDuplicates();
        assertThat(outcomes).allSatisfy(o -> assertThat(o.result()).isNotInstanceOf(AppendResult.Conflict.class));
        assertThat(outcomes).filteredOn(o -> o.result() instanceof AppendResult.InsufficientFunds).isNotEmpty();
        assertThat(outcomes).filteredOn(o -> o.result() instanceof AppendResult.AlreadyApplied).isNotEmpty();
        assertNothingRefusedWithoutCause(outcomes);
        assertThat(modelBalances(appended)).isEqualTo(ledgerBalances(ledger));
        var everyKey = outcomes.stream().map(o -> o.entry().key()).distinct().toList();
        assertThat(everyKey).allSatisfy(key -> assertThat(ledger.find(key).isPresent())
                .isEqualTo(appended.stream().anyMatch(o -> o.entry().key().equals(key))));
        var stored = new long[1];
        ledger.forEachEntry(posted -> stored[0]++);
        assertThat(stored[0]).as("entries in the ledger").isEqualTo(appended.size());
        assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
    }

    /**
     * The model takes the ledger's answers as given, so they must be sound on their own: a credit or a refund is never
     * refused (the first of its key is appended, every repeat answers already applied), a purchase is appended or
     * refused for a balance below its price, and no appended purchase leaves its wallet below zero.
     */
    private static void assertNothingRefusedWithoutCause(List<Outcome> outcomes) {
        for (Outcome o : outcomes) {
            var result = o.result();
            if (o.entry().kind() != EntryKind.PURCHASE) {
                assertThat(result).as("credit or refund %s", o.entry().key())
                        .isInstanceOfAny(AppendResult.Appended.class, AppendResult.AlreadyApplied.class);
            } else if (result instanceof AppendResult.InsufficientFunds lacking) {
                assertThat(lacking.balance().balance().isLessThan(o.entry().amount())).as("refusal of %s at %s",
                        o.entry().key(), lacking.balance()).isTrue();
            } else {
                assertThat(result).isInstanceOfSatisfying(AppendResult.Appended.class,
                        done -> assertThat(done.posted().balanceAfter().isNegative()).isFalse());
            }
        }
        var creditKeys = outcomes.stream().filter(o -> o.entry().kind() != EntryKind.PURCHASE)
                .map(o -> o.entry().key()).distinct().toList();
        assertThat(creditKeys).allSatisfy(key -> assertThat(outcomes).filteredOn(o -> o.entry().key().equals(key)
                && o.result() instanceof AppendResult.Appended).as("appended once: %s", key).hasSize(1));
    }

    private static List<Outcome> run(LedgerStore ledger, int thread) {
        var random = new Random(thread);
        var outcomes = new ArrayList<Outcome>();
        for (int i = 0; i < OPERATIONS; i++) {
            String user = USERS.get(random.nextInt(USERS.size()));
            int dice = random.nextInt(10);
            LedgerEntry entry = switch (dice) {
                case 0, 1 -> cardCredit(user, "t" + thread + "-" + i, Money.usd(1 + random.nextInt(500)), T0);
                case 2, 3 -> sharedCredit(random.nextInt(40));
                case 9 -> refund(user, "t" + thread + "-" + i, Money.usd(1 + random.nextInt(300)), T0);
                default -> purchase(user, "item-" + thread + "-" + i, Money.usd(1 + random.nextInt(400)), T0);
            };
            Overdraft overdraft = dice == 9 ? Overdraft.ALLOWED : Overdraft.FORBIDDEN;
            outcomes.add(new Outcome(entry, ledger.append(entry, overdraft)));
        }
        return outcomes;
    }

    /** A credit all threads repeat: the same order seen by several webhook deliveries at once. */
    private static LedgerEntry sharedCredit(int n) {
        return cardCredit(USERS.get(n % USERS.size()), "shared-" + n, Money.usd(100 + n), T0);
    }

    private static Map<Account, Money> modelBalances(List<Outcome> appended) {
        var model = new HashMap<Account, Money>();
        for (Outcome o : appended) {
            model.merge(o.entry().wallet(), o.entry().walletDelta(), Money::plus);
        }
        return model;
    }

    private static Map<Account, Money> ledgerBalances(LedgerStore ledger) {
        var balances = new HashMap<Account, Money>();
        for (String user : USERS) {
            var wallet = Account.wallet(UserId.of(user), Money.usd(0).currency());
            balances.put(wallet, ledger.balance(wallet).balance());
        }
        return balances;
    }
}
