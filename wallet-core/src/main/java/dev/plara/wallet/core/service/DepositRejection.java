package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.deposit.BankDeposit;
import dev.plara.wallet.core.domain.deposit.DepositStatus;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.RejectDeposit;
import dev.plara.wallet.core.port.in.ReviewBankDepositUseCase.ReviewResult;
import dev.plara.wallet.core.port.out.BankDepositStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.time.Clock;

/**
 * An admin's rejection of a bank deposit: it claims the deposit ({@code PENDING -> REJECTING}), tells the user and the
 * operators, then completes; a rejection cut off by a crash is finished by the next one.
 */
final class DepositRejection {

    private final BankDepositStore deposits;
    private final NotificationStore notifications;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    DepositRejection(BankDepositStore deposits, NotificationStore notifications, Outbox outbox, UnitOfWork unitOfWork,
                     Clock clock) {
        this.deposits = deposits;
        this.notifications = notifications;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    ReviewResult reject(RejectDeposit command) {
        if (command.reason() == null || command.reason().isBlank() || command.reason().strip().length() > 500) {
            return new ReviewResult.Invalid("a rejection needs a reason of 1-500 characters");
        }
        var found = deposits.find(command.deposit());
        if (found.isEmpty()) {
            return new ReviewResult.UnknownDeposit(command.deposit());
        }
        var deposit = found.get();
        if (deposit.status() == DepositStatus.REJECTING) {
            return unitOfWork.run(() -> tellAndComplete(deposit));
        }
        if (deposit.status() != DepositStatus.PENDING) {
            return new ReviewResult.NotPending(deposit);
        }
        var claimed = deposit.rejecting(command.reviewer(), clock.instant(), command.reason().strip());
        return unitOfWork.run(() -> {
            if (!deposits.replace(DepositStatus.PENDING, claimed)) {
                return new ReviewResult.NotPending(deposits.find(claimed.id()).orElseThrow());
            }
            return tellAndComplete(claimed);
        });
    }

    /** Tells the user and the operators of a claimed rejection (both idempotent by id), then completes it. */
    private ReviewResult tellAndComplete(BankDeposit claimed) {
        var review = claimed.review();
        notifications.add(Notification.unread("deposit-rejected:" + claimed.id(), claimed.user(),
                NotificationKind.DEPOSIT_REJECTED, Messages.rejection(claimed), null, review.at()));
        outbox.enqueue(OutboxMessage.toOperators("log:deposit-rejected:" + claimed.id(),
                Messages.operatorRejection(claimed), review.at()));
        var rejected = claimed.rejected();
        deposits.replace(DepositStatus.REJECTING, rejected);
        return new ReviewResult.Rejected(rejected);
    }
}
