package dev.plara.wallet.core.domain.payment;

/** Why a completed refund could not be applied when it came, and waits for its order instead. */
public enum UnmatchedRefundReason {
    /** Its order was paid but parked among unmatched payments: no wallet holds it yet. */
    PAYMENT_PARKED,
    /** Plara has never seen its order paid. */
    ORDER_UNKNOWN
}
