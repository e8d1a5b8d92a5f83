package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.Entitlement;
import dev.plara.wallet.core.domain.Money;
import dev.plara.wallet.core.domain.PostedEntry;
import dev.plara.wallet.core.domain.ProductOrder;

import java.time.Instant;
import java.util.Objects;

/**
 * A refund the provider completed: for a wallet deposit the refunded amount is taken back out of the wallet (the one
 * debit that may overdraw; the wallet is then flagged), once per refund; for a product bought directly, a full refund
 * revokes the access it bought.
 */
public interface ApplyRefundUseCase {

    RefundResult apply(CompletedRefund refund);

    /** A refund the provider reports as succeeded. */
    record CompletedRefund(String refundId, String orderId, Money amount, Instant refundedAt) {
        public CompletedRefund {
            Objects.requireNonNull(refundId, "refund id");
            Objects.requireNonNull(orderId, "order id");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(refundedAt, "refunded at");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("a refund is a positive amount, not " + amount);
            }
        }
    }

    /** What applying a refund did. */
    sealed interface RefundResult {
        /** The wallet was debited now; {@code posted.balanceAfter()} may be negative (flagged). */
        record Debited(PostedEntry posted) implements RefundResult {
        }

        /** This refund had been applied already; nothing changed. */
        record AlreadyApplied(PostedEntry posted) implements RefundResult {
        }

        /** The ledger holds this refund with another amount or account: reported, never applied. */
        record Conflicting(PostedEntry existing, String reason) implements RefundResult {
        }

        /** A product order was refunded; access was revoked if the refund made it whole. */
        record OrderRefunded(ProductOrder order, Entitlement entitlement) implements RefundResult {
        }

        /** The order was never credited (it waits among unmatched payments); nothing to take back. */
        record NothingCredited(String orderId) implements RefundResult {
        }

        /** Plara has not seen this order paid yet (events out of order); try again later. */
        record OrderNotYetKnown(String orderId) implements RefundResult {
        }
    }
}
