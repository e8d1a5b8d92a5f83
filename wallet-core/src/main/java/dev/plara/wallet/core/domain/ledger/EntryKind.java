package dev.plara.wallet.core.domain.ledger;

/** Why money moved, which decides the follow-ups of an entry (notification, log line, entitlement). */
public enum EntryKind {
    /** A card payment through Polar credited a wallet. */
    CARD_DEPOSIT,
    /** An approved bank transfer credited a wallet. */
    BANK_DEPOSIT,
    /** A wallet paid for content. */
    PURCHASE,
    /** A Polar refund took money back out of a wallet; the one debit that may overdraw. */
    REFUND
}
