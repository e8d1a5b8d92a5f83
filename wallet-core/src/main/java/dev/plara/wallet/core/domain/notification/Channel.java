package dev.plara.wallet.core.domain.notification;

/** An outside channel that messages leave through, after the ledger commits. */
public enum Channel {
    /** The operators' Telegram log chat: credits and review decisions. */
    TELEGRAM,
    /** Email to a customer: confirmations of direct purchases. */
    EMAIL
}
