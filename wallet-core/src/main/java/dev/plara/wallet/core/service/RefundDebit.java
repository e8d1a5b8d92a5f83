package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.RefundFacts;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.Overdraft;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.time.Clock;

/**
 * Debits a deposit's refund from the wallet at the rate the deposit was credited at (it may overdraw), once per
 * refund id, and settles the debit.
 */
final class RefundDebit {

    private final LedgerStore ledger;
    private final EntryNotices notices;
    private final UnitOfWork unitOfWork;
    private final OrderRefunds history;
    private final Clock clock;

    RefundDebit(LedgerStore ledger, NotificationStore notifications, Outbox outbox, UnitOfWork unitOfWork,
                Clock clock) {
        this.ledger = ledger;
        this.notices = new EntryNotices(notifications, outbox);
        this.unitOfWork = unitOfWork;
        this.history = new OrderRefunds(ledger);
        this.clock = clock;
    }

    /** Debits {@code refund} of the deposit {@code credit} credited. */
    RefundResult debit(CompletedRefund refund, PostedEntry credit) {
        var key = IdempotencyKey.polarRefund(refund.refundId());
        var refunded = RefundAmounts.measured(credit.entry(), refund);
        var earlier = ledger.find(key);
        if (earlier.isPresent()) {
            return comparedWithEarlier(earlier.get(), refund, refunded);
        }
        var wallet = credit.entry().wallet();
        var others = history.of(wallet.owner(), refund.orderId()).stream()
                .filter(debit -> !debit.key().equals(key)).toList();
        var amount = RefundAmounts.debit(credit.entry(), others, refunded);
        if (!amount.isPositive()) {
            return new RefundResult.NothingCredited(refund.orderId());
        }
        var entry = new LedgerEntry(key, wallet, Account.polarClearing(wallet.currency()), amount,
                RefundFacts.of(refund.orderId(), "Card deposit refunded", RefundAmounts.conversionOf(credit.entry()), refunded,
                        RefundAmounts.taxReturned(credit.entry(), refund)), clock.instant());
        return unitOfWork.run(() -> {
            var result = ledger.append(entry, Overdraft.ALLOWED);
            result.recorded().ifPresent(this::settle);
            return result;
        }).match(
                appended -> new RefundResult.Debited(appended.posted()),
                repeat -> new RefundResult.AlreadyApplied(repeat.existing()),
                conflict -> comparedWithEarlier(conflict.existing(), refund, refunded),
                lacking -> {
                    throw new IllegalStateException("a refund may overdraw, so it cannot lack funds: " + lacking);
                });
    }

    /**
     * The refund's debit was made before (or, by another copy of the refund, meanwhile): applied when it took back what
     * the refund is reported as now, whatever the order's other refunds made its amount, else a conflict.
     */
    private static RefundResult comparedWithEarlier(PostedEntry earlier, CompletedRefund refund, Money refunded) {
        return RefundAmounts.paid(earlier).equals(refunded) ? new RefundResult.AlreadyApplied(earlier)
                : new RefundResult.Conflicting(earlier, "refund " + refund.refundId() + " took back "
                + RefundAmounts.paid(earlier) + " before and is now reported as " + refunded);
    }

    /** What a refund's debit causes, each step idempotent: the owner and the operators told. */
    void settle(PostedEntry debit) {
        notices.tell(debit, NotificationKind.REFUND, Messages.refund(debit));
        ledger.markSettled(debit.key());
    }
}
