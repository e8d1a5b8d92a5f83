package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.Account;
import dev.plara.wallet.core.domain.EntryFacts;
import dev.plara.wallet.core.domain.EntryKind;
import dev.plara.wallet.core.domain.IdempotencyKey;
import dev.plara.wallet.core.domain.LedgerEntry;
import dev.plara.wallet.core.domain.Money;
import dev.plara.wallet.core.domain.PageRequest;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.out.Overdraft;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SweepServiceTest {

    private final CoreHarness h = CoreHarness.usd();
    private final UserId alice = UserId.of("alice");

    @Test
    void aPurchaseWhoseFollowUpsWereCutOffByACrashGetsItsAccessAndNotificationOnce() {
        h.fund("alice", Money.usd(5_00));
        var usd = Money.usd(0).currency();
        var paidButNotGranted = new LedgerEntry(IdempotencyKey.purchase(alice, CoreHarness.VIDEO), Account.wallet(alice, usd),
                Account.contentRevenue(usd), Money.usd(3_00), EntryKind.PURCHASE,
                EntryFacts.purchase(CoreHarness.VIDEO, "Intro video"), h.clock.tick());
        h.stores.ledger().append(paidButNotGranted, Overdraft.FORBIDDEN);
        assertThat(h.core.checkAccess().hasAccess(alice, CoreHarness.VIDEO)).isFalse();

        var first = h.core.sweep().sweep();
        var second = h.core.sweep().sweep();

        assertThat(first.entriesSettled()).isEqualTo(1);
        assertThat(second.entriesSettled()).isZero();
        assertThat(h.core.checkAccess().hasAccess(alice, CoreHarness.VIDEO)).isTrue();
        assertThat(h.stores.notifications().of(alice, PageRequest.first(10)).total()).isEqualTo(2);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(2_00));
    }
}
