package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase;
import dev.plara.wallet.core.port.in.SweepUseCase;
import dev.plara.wallet.core.port.out.BankDepositStore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finishes interrupted work with the very steps the use cases take: settles entries whose follow-ups were not
 * confirmed ({@link UnsettledEntries}, which reports the ones it cannot finish), completes approvals that claimed a
 * deposit but crashed before crediting it and rejections that claimed one but crashed before telling anyone, and
 * deletes receipts whose deposit never came. Bounded per run, so a long backlog is worked off over runs.
 */
public final class SweepService implements SweepUseCase {

    private static final int BATCH = 100;

    private final UnsettledEntries entries;
    private final BankDepositStore deposits;
    private final DepositReviewService reviews;
    private final ReceiptCleanup receipts;

    public SweepService(UnsettledEntries entries, BankDepositStore deposits, DepositReviewService reviews,
                        ReceiptCleanup receipts) {
        this.entries = entries;
        this.deposits = deposits;
        this.reviews = reviews;
        this.receipts = receipts;
    }

    @Override
    public SweepReport sweep() {
        var stuck = new ArrayList<String>();
        int approvals = finish(DepositStatus.APPROVING, deposit -> reviews.approve(
                new ReviewBankDepositUseCase.ApproveDeposit(deposit.id(), deposit.review().reviewer())), stuck);
        int rejections = finish(DepositStatus.REJECTING, deposit -> reviews.reject(new ReviewBankDepositUseCase
                .RejectDeposit(deposit.id(), deposit.review().reviewer(), deposit.review().reason())), stuck);
        int settled = entries.settle(stuck);
        return new SweepReport(settled, approvals, rejections, receipts.deleteOrphans(), stuck);
    }

    /** Finishes the reviews claimed in {@code status}; one that fails is noted and never holds back the others. */
    private int finish(DepositStatus status, Consumer<BankDeposit> step, List<String> stuck) {
        int finished = 0;
        for (BankDeposit deposit : deposits.byStatus(status, PageRequest.first(BATCH)).items()) {
            try {
                step.accept(deposit);
                finished++;
            } catch (RuntimeException failure) {
                stuck.add("bank deposit " + deposit.id() + " could not be finished: " + OperatorText.reasonOf(failure));
            }
        }
        return finished;
    }
}
