package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.DepositId;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.BankDepositFacts;
import dev.plara.wallet.core.domain.ledger.EntryFacts;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.ApproveDeposit;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.RejectDeposit;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.ReviewResult;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase;
import dev.plara.wallet.core.port.out.BankDepositStore;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.Overdraft;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.time.Clock;
import java.util.Optional;

/**
 * An admin's review of bank deposits. An approval first claims the deposit ({@code PENDING -> APPROVING}) so that no
 * rejection can race the credit, then credits once under the key {@code bank:<id>}; settling the credit completes it.
 * A rejection likewise claims the deposit ({@code PENDING -> REJECTING}), tells the user and the operators, then
 * completes; a review cut off by a crash is finished by the next one or by the sweeper.
 */
public final class DepositReviewService implements ReviewBankDepositUseCase {

    private final BankDepositStore deposits;
    private final LedgerStore ledger;
    private final EntryNotices notices;
    private final UnitOfWork unitOfWork;
    private final DepositRejection rejection;
    private final Clock clock;

    public DepositReviewService(BankDepositStore deposits, LedgerStore ledger, NotificationStore notifications,
                                Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.deposits = deposits;
        this.ledger = ledger;
        this.notices = new EntryNotices(notifications, outbox);
        this.unitOfWork = unitOfWork;
        this.rejection = new DepositRejection(deposits, notifications, outbox, unitOfWork, clock);
        this.clock = clock;
    }

    @Override
    public ReviewResult approve(ApproveDeposit command) {
        var found = deposits.find(command.deposit());
        if (found.isEmpty()) {
            return new ReviewResult.UnknownDeposit(command.deposit());
        }
        if (!found.get().status().approvable()) {
            return new ReviewResult.NotPending(found.get());
        }
        return unitOfWork.run(() -> claimAndCredit(found.get(), command.reviewer()));
    }

    private ReviewResult claimAndCredit(BankDeposit deposit, String reviewer) {
        var claimed = deposit;
        if (deposit.status() == DepositStatus.PENDING) {
            claimed = deposit.approving(reviewer, clock.instant());
            if (!deposits.replace(DepositStatus.PENDING, claimed)) {
                return new ReviewResult.NotPending(deposits.find(deposit.id()).orElseThrow());
            }
        }
        return credit(claimed);
    }

    /** Credits a claimed approval once; a credit the ledger refuses releases the claim. */
    private ReviewResult credit(BankDeposit claimed) {
        var review = claimed.review();
        var entry = new LedgerEntry(IdempotencyKey.bankDeposit(claimed.id()),
                Account.bankClearing(claimed.amount().currency()), Account.wallet(claimed.user(), claimed.amount().currency()),
                claimed.amount(), BankDepositFacts.of(claimed, review.reviewer(), review.at()), clock.instant());
        var result = ledger.append(entry, Overdraft.FORBIDDEN);
        result.recorded().ifPresent(credit -> settle(credit, Optional.of(claimed)));
        return result.match(
                appended -> new ReviewResult.Approved(claimed.approved(), appended.posted()),
                repeat -> new ReviewResult.Approved(deposits.find(claimed.id()).orElseThrow(), repeat.existing()),
                conflict -> {
                    deposits.replace(DepositStatus.APPROVING, claimed.backToPending());
                    return new ReviewResult.CreditConflict(claimed.backToPending(), conflict.reason());
                },
                lacking -> {
                    throw new IllegalStateException("a credit cannot lack funds: " + lacking);
                });
    }

    /** What an approval's credit causes, each step idempotent: the approval completed, the owner and operators told. */
    void settleApproval(PostedEntry credit) {
        var depositId = credit.entry().facts().match(DepositReviewService::notABankCredit, BankDepositFacts::depositId,
                DepositReviewService::notABankCredit, DepositReviewService::notABankCredit);
        settle(credit, deposits.find(depositId).filter(deposit -> deposit.status() == DepositStatus.APPROVING));
    }

    /**
     * Settles an approval's credit given its deposit's approval claim as stored ({@code APPROVING}), if it still is:
     * completing it is guarded by that status, so a claim another review completed meanwhile stays as it is.
     */
    private void settle(PostedEntry credit, Optional<BankDeposit> claim) {
        claim.ifPresent(deposit -> deposits.replace(DepositStatus.APPROVING, deposit.approved()));
        notices.tell(credit, NotificationKind.DEPOSIT_APPROVED, Messages.bankCredit(credit));
        ledger.markSettled(credit.key());
    }

    @Override
    public ReviewResult reject(RejectDeposit command) {
        return rejection.reject(command);
    }

    private static DepositId notABankCredit(EntryFacts facts) {
        throw new IllegalArgumentException("not a bank credit: " + facts.kind());
    }
}
