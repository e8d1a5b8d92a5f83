package dev.plara.wallet.core.domain.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * A refund the provider completed for an order Plara has not credited, held for that order instead of retried or
 * dropped: applied once, right after the order is credited or fulfilled. One per refund id.
 *
 * @param appliedAt {@code null} while it waits for its order
 */
public record UnmatchedRefund(CompletedRefund refund, UnmatchedRefundReason reason, Instant heldAt, Instant appliedAt) {

    public UnmatchedRefund {
        Objects.requireNonNull(refund, "refund");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(heldAt, "held at");
    }

    public static UnmatchedRefund held(CompletedRefund refund, UnmatchedRefundReason reason, Instant at) {
        return new UnmatchedRefund(refund, reason, at, null);
    }

    public boolean waiting() {
        return appliedAt == null;
    }

    public String orderId() {
        return refund.orderId();
    }

    /** Why it waits, and what happens next, for an admin. */
    public String detail() {
        return switch (reason) {
            case PAYMENT_PARKED -> "Polar refunded " + refund.withTax() + " of order " + orderId() + ", which waits among"
                    + " unmatched payments: assigning it credits only what is left, or nothing.";
            case ORDER_UNKNOWN -> "Polar refunded " + refund.withTax() + " of order " + orderId() + ", which Plara has"
                    + " never seen paid: the refund is applied once, right after the order arrives (by its webhook or"
                    + " by reconciliation). Check the order at Polar if it never does.";
        };
    }
}
