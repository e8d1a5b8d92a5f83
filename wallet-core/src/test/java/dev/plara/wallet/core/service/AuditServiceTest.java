package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.DiscrepancyKind;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.ledger.WalletBalance;
import dev.plara.wallet.core.fixtures.Entries;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.memory.InMemoryLedgerStore;
import dev.plara.wallet.core.port.out.Overdraft;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class AuditServiceTest {

    private final TestClock clock = TestClock.standard();
    private final InMemoryLedgerStore ledger = new InMemoryLedgerStore();
    private final Account aliceUsd = Account.wallet(UserId.of("alice"), Money.usd(0).currency());

    private void someHistory() {
        ledger.append(Entries.cardCredit("alice", "o1", Money.usd(10_00), clock.tick()), Overdraft.FORBIDDEN);
        ledger.append(Entries.purchase("alice", "video-1", Money.usd(4_00), clock.tick()), Overdraft.FORBIDDEN);
        ledger.append(Entries.refund("alice", "r1", Money.usd(10_00), clock.tick()), Overdraft.ALLOWED);
        ledger.append(Entries.bankCredit("bob", "d1", "FT001", Money.etb(100_00), clock.tick()), Overdraft.FORBIDDEN);
    }

    @Test
    void aConsistentLedgerAuditsCleanWithItsTotalsPerCurrency() {
        someHistory();

        var report = new AuditService(ledger, clock).audit();

        assertThat(report.clean()).isTrue();
        assertThat(report.entries()).isEqualTo(4);
        assertThat(report.wallets()).isEqualTo(2);
        assertThat(report.totals()).extracting(totals -> totals.wallets())
                .containsExactlyInAnyOrder(Money.usd(-4_00), Money.etb(100_00));
        assertThat(report.totals()).allMatch(totals -> totals.balanced());
    }

    @Test
    void aDriftedCacheIsReportedForItsWalletAndUnbalancesTheBooks() {
        someHistory();
        var drifted = new TamperedLedger(ledger) {
            @Override
            public List<WalletBalance> cachedBalances() {
                return ledger.cachedBalances().stream().map(balance -> balance.wallet().equals(aliceUsd)
                        ? new WalletBalance(aliceUsd, Money.usd(6_00), 3) : balance).toList();
            }
        };

        var report = new AuditService(drifted, clock).audit();

        assertThat(report.discrepancies()).extracting(d -> d.kind())
                .containsExactlyInAnyOrder(DiscrepancyKind.BALANCE_MISMATCH, DiscrepancyKind.BOOKS_UNBALANCED);
        assertThat(report.discrepancies()).filteredOn(d -> d.kind() == DiscrepancyKind.BALANCE_MISMATCH).singleElement()
                .satisfies(d -> {
                    assertThat(d.account()).isEqualTo("wallet:alice/USD");
                    assertThat(d.expected()).isEqualTo("-4.00 USD at #3");
                    assertThat(d.actual()).isEqualTo("6.00 USD at #3");
                });
    }

    @Test
    void gapsWrongRunningBalancesAndOverdraftsWithoutARefundAreEachReported() {
        ledger.append(Entries.cardCredit("alice", "o1", Money.usd(1_00), clock.tick()), Overdraft.FORBIDDEN);
        ledger.append(Entries.purchase("alice", "video-1", Money.usd(5_00), clock.tick()), Overdraft.ALLOWED);
        var forged = new TamperedLedger(ledger) {
            @Override
            public void forEachEntry(Consumer<PostedEntry> action) {
                var entries = new ArrayList<PostedEntry>();
                ledger.forEachEntry(entries::add);
                action.accept(entries.get(0));
                var skipped = entries.get(1);
                action.accept(new PostedEntry(skipped.entry(), 3, Money.usd(-1_00)));
            }
        };

        var kinds = new AuditService(forged, clock).audit().discrepancies().stream().map(d -> d.kind()).toList();

        assertThat(kinds).contains(DiscrepancyKind.SEQUENCE_GAP, DiscrepancyKind.RUNNING_BALANCE_MISMATCH,
                DiscrepancyKind.UNEXPLAINED_OVERDRAFT, DiscrepancyKind.BALANCE_MISMATCH);
    }
}
