package dev.plara.wallet.core.port.in;

/**
 * At start, every entitlement kept before grants becomes the grant of its source (what the item or product unlocks),
 * so access bought earlier stays open; running it again changes nothing.
 */
public interface MigrateEntitlementsUseCase {

    /** Migrates what is not migrated yet and says how many grants it stored. */
    int migrate();
}
