package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Settles entries whose follow-ups were not confirmed (a card credit, an approval's credit, a purchase, a refund's
 * debit) with the step of the use case that posted them. An entry whose step fails is left for the next run and told
 * to the operators once, and never holds back the entries after it.
 */
public final class UnsettledEntries {

    private static final Backlog BACKLOG = new Backlog(100, 50);

    private final LedgerStore ledger;
    private final UnitOfWork unitOfWork;
    private final CardCredit cardCredit;
    private final DepositReviewService reviews;
    private final ContentPurchaseService purchases;
    private final RefundService refunds;
    private final Outbox outbox;
    private final Clock clock;

    public UnsettledEntries(LedgerStore ledger, UnitOfWork unitOfWork, CardCredit cardCredit,
                            DepositReviewService reviews, ContentPurchaseService purchases, RefundService refunds,
                            Outbox outbox, Clock clock) {
        this.ledger = ledger;
        this.unitOfWork = unitOfWork;
        this.cardCredit = cardCredit;
        this.reviews = reviews;
        this.purchases = purchases;
        this.refunds = refunds;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Writes the refund debits a crash left reserved, then settles what it can, oldest first; returns how many it
     * wrote and settled and adds a line per stuck entry to {@code stuck}.
     */
    int settle(List<String> stuck) {
        int settled = refunds.finishReserved(BACKLOG, stuck);
        return settled + BACKLOG.workThrough(ledger::unsettled, PostedEntry::key, posted -> {
            unitOfWork.run(() -> {
                stepFor(posted).accept(posted);
                return null;
            });
            return 1;
        }, (posted, failure) -> stuck.add(reportStuck(posted, failure)));
    }

    private Consumer<PostedEntry> stepFor(PostedEntry posted) {
        return switch (posted.entry().kind()) {
            case CARD_DEPOSIT -> cardCredit::settle;
            case BANK_DEPOSIT -> reviews::settleApproval;
            case PURCHASE -> purchases::settle;
            case REFUND -> refunds::settleDebit;
        };
    }

    private String reportStuck(PostedEntry posted, RuntimeException failure) {
        var line = posted.key() + " could not be finished: " + OperatorText.reasonOf(failure);
        outbox.enqueue(OutboxMessage.toOperators("stuck:" + posted.key(), "Stuck ledger entry: " + line + ". Its money"
                + " moved; what it causes (access, notification) waits. Plara tries again at every sweep and settles"
                + " the entries after it meanwhile; if this stays, check the entry in the ledger.", clock.instant()));
        return line;
    }
}
