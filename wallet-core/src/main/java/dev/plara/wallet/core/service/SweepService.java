package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase;
import dev.plara.wallet.core.port.in.SweepUseCase.SweepReport;
import dev.plara.wallet.core.port.in.SweepUseCase;
import dev.plara.wallet.core.port.out.BankDepositStore;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.util.function.Consumer;

/**
 * Finishes interrupted work with the very steps the use cases take: settles entries whose follow-ups were not
 * confirmed (a card credit, an approval's credit, a purchase, a refund's debit), completes approvals that claimed a
 * deposit but crashed before crediting it and rejections that claimed one but crashed before telling anyone, and
 * deletes receipts whose deposit never came. Bounded per run, so a long backlog is worked off over runs.
 */
public final class SweepService implements SweepUseCase {

    private static final int BATCH = 100;
    private static final int MAX_BATCHES = 50;

    private final LedgerStore ledger;
    private final BankDepositStore deposits;
    private final UnitOfWork unitOfWork;
    private final CardCredit cardCredit;
    private final DepositReviewService reviews;
    private final ContentPurchaseService purchases;
    private final RefundService refunds;
    private final ReceiptCleanup receipts;

    public SweepService(LedgerStore ledger, BankDepositStore deposits, UnitOfWork unitOfWork, CardCredit cardCredit,
                        DepositReviewService reviews, ContentPurchaseService purchases, RefundService refunds,
                        ReceiptCleanup receipts) {
        this.ledger = ledger;
        this.deposits = deposits;
        this.unitOfWork = unitOfWork;
        this.cardCredit = cardCredit;
        this.reviews = reviews;
        this.purchases = purchases;
        this.refunds = refunds;
        this.receipts = receipts;
    }

    @Override
    public SweepReport sweep() {
        int approvals = finishApprovals();
        int rejections = finishRejections();
        return new SweepReport(settleEntries(), approvals, rejections, receipts.deleteOrphans());
    }

    private int settleEntries() {
        int settled = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            var pending = ledger.unsettled(BATCH);
            pending.forEach(posted -> unitOfWork.run(() -> {
                settle(posted);
                return null;
            }));
            settled += pending.size();
            if (pending.size() < BATCH) {
                break;
            }
        }
        return settled;
    }

    /** Finishes an entry with the step of the use case that posted it. */
    private void settle(PostedEntry posted) {
        Consumer<PostedEntry> step = switch (posted.entry().kind()) {
            case CARD_DEPOSIT -> cardCredit::settle;
            case BANK_DEPOSIT -> reviews::settleApproval;
            case PURCHASE -> purchases::settle;
            case REFUND -> refunds::settleDebit;
        };
        step.accept(posted);
    }

    private int finishApprovals() {
        var claimed = deposits.byStatus(DepositStatus.APPROVING, PageRequest.first(BATCH)).items();
        for (BankDeposit deposit : claimed) {
            reviews.approve(new ReviewBankDepositUseCase.ApproveDeposit(deposit.id(), deposit.review().reviewer()));
        }
        return claimed.size();
    }

    private int finishRejections() {
        var claimed = deposits.byStatus(DepositStatus.REJECTING, PageRequest.first(BATCH)).items();
        for (BankDeposit deposit : claimed) {
            var review = deposit.review();
            reviews.reject(new ReviewBankDepositUseCase.RejectDeposit(deposit.id(), review.reviewer(), review.reason()));
        }
        return claimed.size();
    }
}
