package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.BankDeposit;
import dev.plara.wallet.core.domain.DepositStatus;
import dev.plara.wallet.core.domain.PageRequest;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase;
import dev.plara.wallet.core.port.in.SweepUseCase;

/**
 * Finishes interrupted work: settles entries whose follow-ups were not confirmed, completes approvals that claimed a
 * deposit but crashed before crediting it and rejections that claimed one but crashed before telling anyone, and
 * deletes receipts whose deposit never came. Bounded per run, so a long backlog is worked off over runs.
 */
public final class SweepService implements SweepUseCase {

    private static final int BATCH = 100;
    private static final int MAX_BATCHES = 50;

    private final WalletStores stores;
    private final EntrySettlement settlement;
    private final ReviewBankDepositUseCase reviews;
    private final ReceiptCleanup receipts;

    SweepService(WalletStores stores, EntrySettlement settlement, ReviewBankDepositUseCase reviews,
                 ReceiptCleanup receipts) {
        this.stores = stores;
        this.settlement = settlement;
        this.reviews = reviews;
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
            var pending = stores.ledger().unsettled(BATCH);
            pending.forEach(posted -> stores.unitOfWork().run(() -> {
                settlement.settle(posted);
                return null;
            }));
            settled += pending.size();
            if (pending.size() < BATCH) {
                break;
            }
        }
        return settled;
    }

    private int finishApprovals() {
        var claimed = stores.deposits().byStatus(DepositStatus.APPROVING, PageRequest.first(BATCH)).items();
        for (BankDeposit deposit : claimed) {
            reviews.approve(new ReviewBankDepositUseCase.ApproveDeposit(deposit.id(), deposit.review().reviewer()));
        }
        return claimed.size();
    }

    private int finishRejections() {
        var claimed = stores.deposits().byStatus(DepositStatus.REJECTING, PageRequest.first(BATCH)).items();
        for (BankDeposit deposit : claimed) {
            var review = deposit.review();
            reviews.reject(new ReviewBankDepositUseCase.RejectDeposit(deposit.id(), review.reviewer(), review.reason()));
        }
        return claimed.size();
    }
}
