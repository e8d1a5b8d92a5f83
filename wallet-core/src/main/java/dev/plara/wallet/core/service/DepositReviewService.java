package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.Account;
import dev.plara.wallet.core.domain.BankDeposit;
import dev.plara.wallet.core.domain.Channel;
import dev.plara.wallet.core.domain.DepositStatus;
import dev.plara.wallet.core.domain.EntryFacts;
import dev.plara.wallet.core.domain.EntryKind;
import dev.plara.wallet.core.domain.IdempotencyKey;
import dev.plara.wallet.core.domain.LedgerEntry;
import dev.plara.wallet.core.domain.Notification;
import dev.plara.wallet.core.domain.NotificationKind;
import dev.plara.wallet.core.domain.OutboxMessage;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.Overdraft;

import java.time.Clock;

/**
 * An admin's review of bank deposits. An approval first claims the deposit ({@code PENDING -> APPROVING}) so that no
 * rejection can race the credit, then credits once under the key {@code bank:<id>}; settling the credit completes it.
 * A rejection likewise claims the deposit ({@code PENDING -> REJECTING}), tells the user and the operators, then
 * completes; a rejection cut off by a crash is finished by the next one or by the sweeper.
 */
public final class DepositReviewService implements ReviewBankDepositUseCase {

    private final WalletStores stores;
    private final Posting posting;
    private final Clock clock;

    DepositReviewService(WalletStores stores, Posting posting, Clock clock) {
        this.stores = stores;
        this.posting = posting;
        this.clock = clock;
    }

    @Override
    public ReviewResult approve(ApproveDeposit command) {
        var found = stores.deposits().find(command.deposit());
        if (found.isEmpty()) {
            return new ReviewResult.UnknownDeposit(command.deposit());
        }
        if (!found.get().status().approvable()) {
            return new ReviewResult.NotPending(found.get());
        }
        return stores.unitOfWork().run(() -> claimAndCredit(found.get(), command.reviewer()));
    }

    private ReviewResult claimAndCredit(BankDeposit deposit, String reviewer) {
        var claimed = deposit;
        if (deposit.status() == DepositStatus.PENDING) {
            claimed = deposit.approving(reviewer, clock.instant());
            if (!stores.deposits().replace(DepositStatus.PENDING, claimed)) {
                return new ReviewResult.NotPending(stores.deposits().find(deposit.id()).orElseThrow());
            }
        }
        var review = claimed.review();
        var entry = new LedgerEntry(IdempotencyKey.bankDeposit(claimed.id()),
                Account.bankClearing(claimed.amount().currency()), Account.wallet(claimed.user(), claimed.amount().currency()),
                claimed.amount(), EntryKind.BANK_DEPOSIT, EntryFacts.bankDeposit(claimed, review.reviewer(), review.at()),
                clock.instant());
        var result = posting.post(entry, Overdraft.FORBIDDEN);
        if (result instanceof AppendResult.Conflict conflict) {
            stores.deposits().replace(DepositStatus.APPROVING, claimed.backToPending());
            return new ReviewResult.CreditConflict(claimed.backToPending(), conflict.reason());
        }
        var posted = result instanceof AppendResult.Appended appended ? appended.posted()
                : ((AppendResult.AlreadyApplied) result).existing();
        return new ReviewResult.Approved(stores.deposits().find(claimed.id()).orElseThrow(), posted);
    }

    @Override
    public ReviewResult reject(RejectDeposit command) {
        if (command.reason() == null || command.reason().isBlank() || command.reason().strip().length() > 500) {
            return new ReviewResult.Invalid("a rejection needs a reason of 1-500 characters");
        }
        var found = stores.deposits().find(command.deposit());
        if (found.isEmpty()) {
            return new ReviewResult.UnknownDeposit(command.deposit());
        }
        var deposit = found.get();
        if (deposit.status() == DepositStatus.REJECTING) {
            return stores.unitOfWork().run(() -> tellAndComplete(deposit));
        }
        if (deposit.status() != DepositStatus.PENDING) {
            return new ReviewResult.NotPending(deposit);
        }
        var claimed = deposit.rejecting(command.reviewer(), clock.instant(), command.reason().strip());
        return stores.unitOfWork().run(() -> {
            if (!stores.deposits().replace(DepositStatus.PENDING, claimed)) {
                return new ReviewResult.NotPending(stores.deposits().find(claimed.id()).orElseThrow());
            }
            return tellAndComplete(claimed);
        });
    }

    /** Tells the user and the operators of a claimed rejection (both idempotent by id), then completes it. */
    private ReviewResult tellAndComplete(BankDeposit claimed) {
        var review = claimed.review();
        stores.notifications().add(Notification.unread("deposit-rejected:" + claimed.id(), claimed.user(),
                NotificationKind.DEPOSIT_REJECTED, Messages.rejection(claimed), null, review.at()));
        stores.outbox().enqueue(new OutboxMessage("log:deposit-rejected:" + claimed.id(), Channel.TELEGRAM, null,
                null, Messages.operatorRejection(claimed), review.at()));
        var rejected = claimed.rejected();
        stores.deposits().replace(DepositStatus.REJECTING, rejected);
        return new ReviewResult.Rejected(rejected);
    }
}
