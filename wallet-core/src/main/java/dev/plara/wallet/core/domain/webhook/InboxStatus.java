package dev.plara.wallet.core.domain.webhook;

/** Where a stored webhook delivery stands: waiting to be applied (perhaps after failures), applied, or ignored. */
public enum InboxStatus {
    PENDING, APPLIED, IGNORED
}
