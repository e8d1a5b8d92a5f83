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
        if (found.get().status() != DepositStatus.PENDING) {
            return new ReviewResult.NotPending(found.get());
        }
        var rejected = found.get().rejected(command.reviewer(), clock.instant(), command.reason().strip());
        return stores.unitOfWork().run(() -> {
            if (!stores.deposits().replace(DepositStatus.PENDING, rejected)) {
                return new ReviewResult.NotPending(stores.deposits().find(rejected.id()).orElseThrow());
            }
            stores.notifications().add(Notification.unread("deposit-rejected:" + rejected.id(), rejected.user(),
                    NotificationKind.DEPOSIT_REJECTED, Messages.rejection(rejected), null, rejected.review().at()));
            stores.outbox().enqueue(new OutboxMessage("log:deposit-rejected:" + rejected.id(), Channel.TELEGRAM, null,
                    null, Messages.operatorRejection(rejected), rejected.review().at()));
            return new ReviewResult.Rejected(rejected);
        });
    }
}
