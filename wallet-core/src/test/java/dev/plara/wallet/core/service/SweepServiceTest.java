package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.deposit.Receipt;
import dev.plara.wallet.core.domain.deposit.ReceiptFormat;
import dev.plara.wallet.core.domain.deposit.ReceiptUpload;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PurchaseFacts;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.RejectDeposit;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitBankDeposit;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitResult;
import dev.plara.wallet.core.port.out.Overdraft;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SweepServiceTest {

    private final CoreHarness h = CoreHarness.usd();
    private final UserId alice = UserId.of("alice");

    @Test
    void aPurchaseWhoseFollowUpsWereCutOffByACrashGetsItsAccessAndNotificationOnce() {
        h.fund("alice", Money.usd(5_00));
        var usd = Money.usd(0).currency();
        var paidButNotGranted = new LedgerEntry(IdempotencyKey.purchase(alice, CoreHarness.VIDEO), Account.wallet(alice, usd),
                Account.contentRevenue(usd), Money.usd(3_00), new PurchaseFacts(CoreHarness.VIDEO, "Intro video"), h.clock.tick());
        h.stores.ledger().append(paidButNotGranted, Overdraft.FORBIDDEN);
        assertThat(h.core.checkAccess().access(alice, CoreHarness.VIDEO).orElseThrow().isOpen()).isFalse();

        var first = h.core.sweep().sweep();
        var second = h.core.sweep().sweep();

        assertThat(first.entriesSettled()).isEqualTo(1);
        assertThat(second.entriesSettled()).isZero();
        assertThat(h.core.checkAccess().access(alice, CoreHarness.VIDEO).orElseThrow().isOpen()).isTrue();
        assertThat(h.stores.notifications().of(alice, PageRequest.first(10)).total()).isEqualTo(2);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(2_00));
    }

    @Test
    void aReceiptWhoseDepositNeverCameIsDeletedAfterAnHourAndOneADepositNamesNeverIs() {
        var submitted = h.core.submitBankDeposit().submit(new SubmitBankDeposit(alice, Money.usd(40_00),
                new ReceiptUpload(ReceiptFiles.png(), "image/png"), "Alice Abebe", "FT-1", "+251 911 234567"));
        var deposit = ((SubmitResult.Submitted) submitted).deposit();
        h.core.reviewBankDeposit().reject(new RejectDeposit(deposit.id(), "admin", "blurry receipt"));
        var orphan = h.stores.receipts().put(new Receipt(ReceiptFiles.pdf(), ReceiptFormat.PDF), alice, h.clock.tick());
        assertThat(h.core.sweep().sweep().orphanReceiptsDeleted()).as("within the grace period").isZero();

        h.clock.advance(Duration.ofMinutes(61));
        var inFlight = h.stores.receipts().put(new Receipt(ReceiptFiles.png(), ReceiptFormat.PNG), alice, h.clock.tick());
        var report = h.core.sweep().sweep();

        assertThat(report.orphanReceiptsDeleted()).isEqualTo(1);
        assertThat(h.stores.receipts().get(orphan)).isEmpty();
        assertThat(h.stores.receipts().get(deposit.receipt())).isPresent();
        assertThat(h.stores.receipts().get(inFlight)).isPresent();
        assertThat(h.stores.receipts().unclaimedBefore(h.clock.instant().plusSeconds(1), 10)).containsExactly(inFlight);
        assertThat(h.core.sweep().sweep().orphanReceiptsDeleted()).isZero();
    }
    @Test
    void entriesThatCannotBeSettledAreReportedOnceAsStuckAndNeverHoldBackTheOnesAfterThem() {
        h.fund("alice", Money.usd(200_00));
        var usd = Money.usd(0).currency();
        for (int i = 0; i < 101; i++) {
            var gone = ItemId.of("gone-" + i);
            h.stores.ledger().append(new LedgerEntry(IdempotencyKey.purchase(alice, gone), Account.wallet(alice, usd),
                    Account.contentRevenue(usd), Money.usd(1_00), new PurchaseFacts(gone, "Withdrawn"), h.clock.tick()),
                    Overdraft.FORBIDDEN);
        }
        h.stores.ledger().append(new LedgerEntry(IdempotencyKey.purchase(alice, CoreHarness.VIDEO),
                Account.wallet(alice, usd), Account.contentRevenue(usd), Money.usd(3_00),
                new PurchaseFacts(CoreHarness.VIDEO, "Intro video"), h.clock.tick()), Overdraft.FORBIDDEN);

        var first = h.core.sweep().sweep();
        var second = h.core.sweep().sweep();

        assertThat(h.core.checkAccess().access(alice, CoreHarness.VIDEO).orElseThrow().isOpen()).isTrue();
        assertThat(first.entriesSettled()).isEqualTo(1);
        assertThat(first.stuck()).hasSize(101).first().asString()
                .isEqualTo("purchase:alice:gone-0 could not be finished: purchase purchase:alice:gone-0 names unknown"
                        + " item gone-0");
        assertThat(second.stuck()).hasSize(101);
        assertThat(h.stores.outbox().find("stuck:purchase:alice:gone-0")).isPresent();
    }
}
