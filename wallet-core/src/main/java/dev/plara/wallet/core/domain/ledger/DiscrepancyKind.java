package dev.plara.wallet.core.domain.ledger;

/** What an audit found wrong. */
public enum DiscrepancyKind {
    /** A wallet's cached balance differs from the sum of its entries. */
    BALANCE_MISMATCH,
    /** A wallet's entries do not number 1, 2, 3, ... without gaps. */
    SEQUENCE_GAP,
    /** An entry's recorded balance-after differs from the running sum up to it. */
    RUNNING_BALANCE_MISMATCH,
    /** A wallet went below zero through something other than a refund. */
    UNEXPLAINED_OVERDRAFT,
    /** The accounts of one currency do not sum to zero. */
    BOOKS_UNBALANCED
}
