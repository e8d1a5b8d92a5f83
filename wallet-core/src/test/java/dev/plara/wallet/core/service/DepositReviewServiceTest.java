package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.deposit.ReceiptUpload;
import dev.plara.wallet.core.domain.ledger.BankDepositFacts;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.ReceiptFiles;
import dev.plara.wallet.core.memory.InMemoryReceiptStore;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.ApproveDeposit;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.RejectDeposit;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.ReviewResult;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitBankDeposit;
import dev.plara.wallet.core.port.in.SubmitBankDepositUseCase.SubmitResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepositReviewServiceTest {

    private final CoreHarness h = CoreHarness.usd();
    private final UserId alice = UserId.of("alice");

    private SubmitResult submit(Money amount, String code) {
        return h.core.submitBankDeposit().submit(new SubmitBankDeposit(alice, amount,
                new ReceiptUpload(ReceiptFiles.png(), "image/png"), " Alice Abebe ", code, "+251 911 234567"));
    }

    private BankDeposit submitted(String code) {
        return ((SubmitResult.Submitted) submit(Money.usd(40_00), code)).deposit();
    }

    @Test
    void aSubmissionIsStoredPendingWithNormalisedDetailsAndItsReceipt() {
        var deposit = submitted(" ft 26-11 abc ");

        assertThat(deposit.status()).isEqualTo(DepositStatus.PENDING);
        assertThat(deposit.transactionCode()).isEqualTo("FT26-11ABC");
        assertThat(deposit.senderName()).isEqualTo("Alice Abebe");
        assertThat(h.stores.receipts().get(deposit.receipt()).orElseThrow().owner()).isEqualTo(alice);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(0));
    }

    @Test
    void aDepositsReceiptCanBeReadBackByItsId() {
        var deposit = submitted("FT0002");

        assertThat(h.core.listDeposits().receipt(deposit.id()).orElseThrow().content()).isEqualTo(ReceiptFiles.png());
        assertThat(h.core.listDeposits().receipt(new DepositId("nope"))).isEmpty();
    }

    @Test
    void badSubmissionsAreRefusedWithTheReasonAndStoreNothing() {
        assertThat(submit(Money.usd(0), "FT0001")).isEqualTo(new SubmitResult.Invalid("the amount must be positive, not 0.00 USD"));
        assertThat(submit(Money.of(5_00, "EUR"), "FT0001")).isEqualTo(new SubmitResult.Invalid("wallets do not hold EUR"));
        assertThat(submit(Money.usd(5_00), "F!")).isInstanceOf(SubmitResult.Invalid.class);
        submitted("FT0001");

        assertThat(submit(Money.usd(5_00), "ft0001")).isEqualTo(new SubmitResult.DuplicateTransactionCode("FT0001"));
        assertThat(((InMemoryReceiptStore) h.stores.receipts()).size()).isEqualTo(1);
    }

    @Test
    void aDepositAboveTheConfiguredMaximumIsRefusedSayingTheMaximumAndStoresNothing() {
        assertThat(submit(Money.usd(100_000_000_00L), "FT0009")).isEqualTo(new SubmitResult.Invalid(
                "a bank deposit may be at most 10,000.00 USD; send more as several deposits or contact support"));
        assertThat(submit(Money.usd(10_000_00), "FT0010")).isInstanceOf(SubmitResult.Submitted.class);
        assertThat(((InMemoryReceiptStore) h.stores.receipts()).size()).isEqualTo(1);
    }

    @Test
    void approvalCreditsOnceRecordsTheReviewerAndNotifies() {
        var deposit = submitted("FT0001");

        var approved = h.core.reviewBankDeposit().approve(new ApproveDeposit(deposit.id(), "admin-1"));
        var again = h.core.reviewBankDeposit().approve(new ApproveDeposit(deposit.id(), "admin-2"));

        assertThat(approved).isInstanceOfSatisfying(ReviewResult.Approved.class, result -> {
            assertThat(result.deposit().status()).isEqualTo(DepositStatus.APPROVED);
            assertThat(result.deposit().review().reviewer()).isEqualTo("admin-1");
            assertThat(result.credit().entry().facts()).isInstanceOfSatisfying(BankDepositFacts.class,
                    facts -> assertThat(facts.reviewer()).isEqualTo("admin-1"));
            assertThat(result.credit().entry().facts().bankTransactionCode()).contains("FT0001");
        });
        assertThat(again).isInstanceOf(ReviewResult.NotPending.class);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(40_00));
        assertThat(h.stores.notifications().of(alice, PageRequest.first(5)).items())
                .extracting(note -> note.kind()).containsExactly(NotificationKind.DEPOSIT_APPROVED);
    }

    @Test
    void rejectionNeedsAReasonTellsTheUserAndNeverCredits() {
        var deposit = submitted("FT0001");

        assertThat(h.core.reviewBankDeposit().reject(new RejectDeposit(deposit.id(), "admin", "  ")))
                .isInstanceOf(ReviewResult.Invalid.class);
        var rejected = h.core.reviewBankDeposit().reject(new RejectDeposit(deposit.id(), "admin", "Receipt unreadable"));
        var lateApproval = h.core.reviewBankDeposit().approve(new ApproveDeposit(deposit.id(), "admin"));

        assertThat(rejected).isInstanceOf(ReviewResult.Rejected.class);
        assertThat(lateApproval).isInstanceOf(ReviewResult.NotPending.class);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(0));
        assertThat(h.stores.notifications().of(alice, PageRequest.first(5)).items()).singleElement()
                .satisfies(note -> assertThat(note.message()).endsWith("was rejected: Receipt unreadable"));
        assertThat(h.stores.outbox().find("log:deposit-rejected:" + deposit.id())).isPresent();
    }

    @Test
    void anApprovalInterruptedAfterItsClaimIsFinishedByTheSweepExactlyOnce() {
        var deposit = submitted("FT0001");
        h.stores.deposits().replace(DepositStatus.PENDING, deposit.approving("admin-1", h.clock.tick()));

        var report = h.core.sweep().sweep();
        h.core.sweep().sweep();

        assertThat(report.approvalsFinished()).isEqualTo(1);
        assertThat(h.stores.deposits().find(deposit.id()).orElseThrow().status()).isEqualTo(DepositStatus.APPROVED);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(40_00));
    }

    @Test
    void aRejectionInterruptedAfterItsClaimCannotBeApprovedAndIsFinishedAsFirstDecidedByTheNextRejection() {
        var deposit = submitted("FT0001");
        h.stores.deposits().replace(DepositStatus.PENDING, deposit.rejecting("admin-1", h.clock.tick(), "Blurry"));

        var lateApproval = h.core.reviewBankDeposit().approve(new ApproveDeposit(deposit.id(), "admin-2"));
        var retried = h.core.reviewBankDeposit().reject(new RejectDeposit(deposit.id(), "admin-2", "Other reason"));

        assertThat(lateApproval).isInstanceOf(ReviewResult.NotPending.class);
        assertThat(retried).isInstanceOfSatisfying(ReviewResult.Rejected.class, result -> assertThat(result.deposit())
                .isEqualTo(deposit.rejected("admin-1", result.deposit().review().at(), "Blurry")));
        assertThat(h.stores.notifications().of(alice, PageRequest.first(5)).items()).singleElement()
                .satisfies(note -> assertThat(note.message()).endsWith("was rejected: Blurry"));
    }

    @Test
    void aRejectionInterruptedAfterItsClaimIsFinishedByTheSweep() {
        var deposit = submitted("FT0001");
        h.stores.deposits().replace(DepositStatus.PENDING, deposit.rejecting("admin-1", h.clock.tick(), "Blurry"));

        var report = h.core.sweep().sweep();
        var again = h.core.sweep().sweep();

        assertThat(report.rejectionsFinished()).isEqualTo(1);
        assertThat(again.rejectionsFinished()).isZero();
        assertThat(h.stores.deposits().find(deposit.id()).orElseThrow().status()).isEqualTo(DepositStatus.REJECTED);
        assertThat(h.stores.notifications().of(alice, PageRequest.first(5)).items()).hasSize(1);
        assertThat(h.stores.outbox().find("log:deposit-rejected:" + deposit.id())).isPresent();
        assertThat(submit(Money.usd(5_00), "FT0001")).isInstanceOf(SubmitResult.Submitted.class);
    }

    @Test
    void unknownDepositsAreSaidSo() {
        var unknown = new DepositId("nope");

        assertThat(h.core.reviewBankDeposit().approve(new ApproveDeposit(unknown, "admin")))
                .isEqualTo(new ReviewResult.UnknownDeposit(unknown));
        assertThat(h.core.reviewBankDeposit().reject(new RejectDeposit(unknown, "admin", "why")))
                .isEqualTo(new ReviewResult.UnknownDeposit(unknown));
    }
}
