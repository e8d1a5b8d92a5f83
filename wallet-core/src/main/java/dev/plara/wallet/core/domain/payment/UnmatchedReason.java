package dev.plara.wallet.core.domain.payment;

/** Why a paid order could not be credited and waits for an admin instead. */
public enum UnmatchedReason {
    /** The order carries no Plara user id, neither in metadata nor as external customer id. */
    NO_USER,
    /** The order names a user Plara has never seen. */
    UNKNOWN_USER,
    /** The order's net amount is zero or less. */
    NOT_POSITIVE,
    /** The order was paid in a currency no wallet holds and no conversion is configured for. */
    CURRENCY_NOT_ACCEPTED,
    /** The ledger already holds this order with a different amount or account. */
    CONFLICT,
    /** The order's price is not the amount the checkout Plara opened asked for. */
    AMOUNT_MISMATCH
}
