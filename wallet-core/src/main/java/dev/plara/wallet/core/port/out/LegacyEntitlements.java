package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.access.Entitlement;

import java.util.List;

/**
 * The entitlements Plara kept before grants (one per user and item), read once more at start to become grants.
 *
 * <p>Contract: lists every stored entitlement, ordered by user and item; never writes.
 */
public interface LegacyEntitlements {

    List<Entitlement> all();
}
