package dev.plara.wallet.core.domain.access;

/**
 * The life of an entitlement. {@code CANCELED} keeps access until the paid period ends; {@code REVOKED} ends it now.
 */
public enum EntitlementStatus {
    ACTIVE, CANCELED, REVOKED
}
