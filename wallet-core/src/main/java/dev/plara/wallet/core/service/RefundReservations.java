package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.RefundFacts;
import dev.plara.wallet.core.domain.ledger.RefundPart;
import dev.plara.wallet.core.domain.ledger.RefundTally;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.RefundTallies;

import java.time.Clock;

/**
 * Reserves each refund's share of its order on the order's tally before its debit is appended: the share is measured
 * on the tally it is saved onto (a compare-and-set of its version), so refunds of one order racing on any number of
 * servers are measured one after the other and together take back exactly what the deposit put in. A refund reserved
 * before keeps its share, so a retry after a crash between the reservation and the append (or the sweep, which finishes
 * open tallies) appends the same debit; a retry reporting another amount gets the reserved part back, for its caller
 * to answer a conflict.
 */
final class RefundReservations {

    private final RefundTallies tallies;
    private final OrderRefunds history;
    private final Clock clock;

    RefundReservations(RefundTallies tallies, LedgerStore ledger, Clock clock) {
        this.tallies = tallies;
        this.history = new OrderRefunds(ledger);
        this.clock = clock;
    }

    /**
     * The share of the refund of {@code refunded} (returning {@code taxReturned}, or {@code null}) debited under
     * {@code key} from what {@code credit} credited.
     */
    RefundPart reserve(PostedEntry credit, String orderId, IdempotencyKey key, Money refunded, Money taxReturned) {
        while (true) {
            var tally = tallies.find(orderId).orElseGet(() -> fromLedger(credit, orderId));
            var reserved = tally.part(key);
            if (reserved.isPresent()) {
                return reserved.get();
            }
            var currency = credit.entry().amount().currency();
            var amount = RefundAmounts.debit(credit.entry(), tally.refunded(refunded.currency()),
                    tally.debited(currency), refunded);
            var part = new RefundPart(key, refunded, amount.isPositive() ? amount : Money.zero(currency), taxReturned);
            if (tallies.save(tally.with(part, clock.instant()))) {
                return part;
            }
        }
    }

    /** An order refunded before tallies were kept: its tally starts with the refund debits in the ledger. */
    private RefundTally fromLedger(PostedEntry credit, String orderId) {
        return RefundTally.unsaved(orderId, history.of(credit.entry().wallet().owner(), orderId).stream()
                .map(debit -> new RefundPart(debit.key(), RefundAmounts.paid(debit), debit.entry().amount(),
                        debit.entry().facts().match(card -> null, bank -> null, purchase -> null,
                                RefundFacts::taxReturned))).toList());
    }
}
