package dev.plara.wallet.core.domain.access;

/**
 * The life of a grant. {@code CANCELED} keeps access until its {@code validUntil} (the paid period's end);
 * {@code REVOKED} ends it (a refund, a revoked subscription).
 */
public enum GrantStatus {
    ACTIVE, CANCELED, REVOKED
}
