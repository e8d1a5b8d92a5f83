package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.RefundFacts;
import dev.plara.wallet.core.domain.ledger.RefundPart;
import dev.plara.wallet.core.domain.ledger.RefundTally;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.Overdraft;
import dev.plara.wallet.core.port.out.RefundTallies;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.time.Clock;
import java.time.Instant;

/**
 * Debits a deposit's refund from the wallet at the rate the deposit was credited at (it may overdraw), once per
 * refund id, and settles the debit. What it takes is reserved on the order's refund tally first, so that refunds of one
 * order applied at once (a refund's webhook, a lost dispute, a held refund) are measured one after the other.
 */
final class RefundDebit {

    private final LedgerStore ledger;
    private final EntryNotices notices;
    private final UnitOfWork unitOfWork;
    private final RefundTallies tallies;
    private final RefundReservations reservations;
    private final Clock clock;

    RefundDebit(LedgerStore ledger, RefundTallies tallies, NotificationStore notifications, Outbox outbox,
                UnitOfWork unitOfWork, Clock clock) {
        this.ledger = ledger;
        this.notices = new EntryNotices(notifications, outbox);
        this.unitOfWork = unitOfWork;
        this.tallies = tallies;
        this.reservations = new RefundReservations(tallies, ledger, clock);
        this.clock = clock;
    }

    /** Debits {@code refund} of the deposit {@code credit} credited. */
    RefundResult debit(CompletedRefund refund, PostedEntry credit) {
        var key = IdempotencyKey.polarRefund(refund.refundId());
        var refunded = RefundAmounts.measured(credit.entry(), refund);
        var earlier = ledger.find(key);
        if (earlier.isPresent()) {
            return comparedWithEarlier(earlier.get(), key, refunded);
        }
        var part = reservations.reserve(credit, refund.orderId(), key, refunded,
                RefundAmounts.taxReturned(credit.entry(), refund));
        if (!part.refunded().equals(refunded)) {
            return new RefundResult.Conflicting(key, "the refund " + key + " was reserved to take back "
                    + part.refunded() + " before and is now reported as " + refunded
                    + "; the amount reserved first is the one written");
        }
        return part.debited().isPositive() ? post(credit, refund.orderId(), part, clock.instant())
                : new RefundResult.NothingCredited(refund.orderId());
    }

    /**
     * Writes the debits of {@code tally} a crash left reserved but not written, dated when they were reserved (a tally
     * saved before that time was kept: when their deposit was credited), then closes it; answers how many it wrote. A
     * refund applied again meanwhile writes the same debit, once.
     */
    int finish(RefundTally tally) {
        int written = 0;
        for (RefundPart part : tally.parts()) {
            if (part.debited().isPositive() && ledger.find(part.key()).isEmpty()) {
                var credit = ledger.find(IdempotencyKey.polarOrder(tally.orderId())).orElseThrow(() ->
                        new IllegalStateException("order " + tally.orderId() + " has refunds reserved but no credit"));
                var reservedAt = tally.savedAt().isAfter(credit.entry().recordedAt()) ? tally.savedAt()
                        : credit.entry().recordedAt();
                written += post(credit, tally.orderId(), part, reservedAt).match(debited -> 1, repeat -> 0, conflict -> 0,
                        order -> 0, none -> 0, held -> 0);
            }
        }
        tallies.closed(tally);
        return written;
    }

    private RefundResult post(PostedEntry credit, String orderId, RefundPart part, Instant at) {
        var wallet = credit.entry().wallet();
        var entry = new LedgerEntry(part.key(), wallet, Account.polarClearing(wallet.currency()), part.debited(),
                RefundFacts.of(orderId, "Card deposit refunded", RefundAmounts.conversionOf(credit.entry()),
                        part.refunded(), part.taxReturned()), at);
        return unitOfWork.run(() -> {
            var result = ledger.append(entry, Overdraft.ALLOWED);
            result.recorded().ifPresent(this::settle);
            return result;
        }).match(
                appended -> new RefundResult.Debited(appended.posted()),
                repeat -> new RefundResult.AlreadyApplied(repeat.existing()),
                conflict -> comparedWithEarlier(conflict.existing(), part.key(), part.refunded()),
                lacking -> {
                    throw new IllegalStateException("a refund may overdraw, so it cannot lack funds: " + lacking);
                });
    }

    /**
     * The refund's debit was made before (or, by another copy of the refund, meanwhile): applied when it took back what
     * the refund is reported as now, whatever the order's other refunds made its amount, else a conflict.
     */
    private static RefundResult comparedWithEarlier(PostedEntry earlier, IdempotencyKey key, Money refunded) {
        return RefundAmounts.paid(earlier).equals(refunded) ? new RefundResult.AlreadyApplied(earlier)
                : new RefundResult.Conflicting(key, "the refund " + key + " took back "
                + RefundAmounts.paid(earlier) + " before and is now reported as " + refunded);
    }

    /** What a refund's debit causes, each step idempotent: the owner and the operators told. */
    void settle(PostedEntry debit) {
        notices.tell(debit, NotificationKind.REFUND, Messages.refund(debit));
        ledger.markSettled(debit.key());
    }
}
