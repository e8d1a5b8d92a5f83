package dev.plara.wallet.core.domain.access;

/**
 * The life of a grant. {@code CANCELED} keeps access until its {@code validUntil} (the paid period's end);
 * {@code PAST_DUE} until its {@code validUntil}, the end of the grace from the first failed renewal payment seen;
 * {@code REVOKED} ends it (a refund, a revoked subscription).
 */
public enum GrantStatus {
    ACTIVE, CANCELED, PAST_DUE, REVOKED
}
