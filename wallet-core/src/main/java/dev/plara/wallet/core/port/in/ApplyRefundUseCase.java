package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.domain.payment.UnmatchedRefund;

import java.util.function.Function;

/**
 * A refund the provider completed: for a wallet deposit the refunded amount is taken back out of the wallet (the one
 * debit that may overdraw; the wallet is then flagged), once per refund; for a product bought directly, a full refund
 * revokes the access it bought.
 */
public interface ApplyRefundUseCase {

    RefundResult apply(CompletedRefund refund);

    /** What applying a refund did. */
    sealed interface RefundResult {

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Debited, T> debited, Function<AlreadyApplied, T> alreadyApplied,
                Function<Conflicting, T> conflicting, Function<OrderRefunded, T> orderRefunded,
                Function<NothingCredited, T> nothingCredited, Function<Held, T> held);

        /** The wallet was debited now; {@code posted.balanceAfter()} may be negative (flagged). */
        record Debited(PostedEntry posted) implements RefundResult {
            @Override
            public <T> T match(Function<Debited, T> debited, Function<AlreadyApplied, T> alreadyApplied,
                    Function<Conflicting, T> conflicting, Function<OrderRefunded, T> orderRefunded,
                    Function<NothingCredited, T> nothingCredited, Function<Held, T> held) {
                return debited.apply(this);
            }
        }

        /** This refund had been applied already; nothing changed. */
        record AlreadyApplied(PostedEntry posted) implements RefundResult {
            @Override
            public <T> T match(Function<Debited, T> debited, Function<AlreadyApplied, T> alreadyApplied,
                    Function<Conflicting, T> conflicting, Function<OrderRefunded, T> orderRefunded,
                    Function<NothingCredited, T> nothingCredited, Function<Held, T> held) {
                return alreadyApplied.apply(this);
            }
        }

        /**
         * The refund under {@code key} was debited, or reserved on its order's tally, at another amount or account:
         * reported, never applied.
         */
        record Conflicting(IdempotencyKey key, String reason) implements RefundResult {
            @Override
            public <T> T match(Function<Debited, T> debited, Function<AlreadyApplied, T> alreadyApplied,
                    Function<Conflicting, T> conflicting, Function<OrderRefunded, T> orderRefunded,
                    Function<NothingCredited, T> nothingCredited, Function<Held, T> held) {
                return conflicting.apply(this);
            }
        }

        /**
         * A product order was refunded; access was revoked if the refund made it whole, unless it had ended before
         * ({@code endedBefore}: it was revoked already, by an earlier refund or otherwise).
         */
        record OrderRefunded(ProductOrder order, Grant grant, boolean endedBefore) implements RefundResult {
            @Override
            public <T> T match(Function<Debited, T> debited, Function<AlreadyApplied, T> alreadyApplied,
                    Function<Conflicting, T> conflicting, Function<OrderRefunded, T> orderRefunded,
                    Function<NothingCredited, T> nothingCredited, Function<Held, T> held) {
                return orderRefunded.apply(this);
            }
        }

        /** What is left of the order's credit in the wallet is nothing: there is nothing to take back. */
        record NothingCredited(String orderId) implements RefundResult {
            @Override
            public <T> T match(Function<Debited, T> debited, Function<AlreadyApplied, T> alreadyApplied,
                    Function<Conflicting, T> conflicting, Function<OrderRefunded, T> orderRefunded,
                    Function<NothingCredited, T> nothingCredited, Function<Held, T> held) {
                return nothingCredited.apply(this);
            }
        }

        /**
         * Plara has not credited this order (it waits among unmatched payments, or was never seen paid): the refund is
         * held for it and applied once, right after the order is credited or fulfilled.
         */
        record Held(UnmatchedRefund refund) implements RefundResult {
            @Override
            public <T> T match(Function<Debited, T> debited, Function<AlreadyApplied, T> alreadyApplied,
                    Function<Conflicting, T> conflicting, Function<OrderRefunded, T> orderRefunded,
                    Function<NothingCredited, T> nothingCredited, Function<Held, T> held) {
                return held.apply(this);
            }
        }
    }
}
