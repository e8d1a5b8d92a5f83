package dev.plara.http.api;

import dev.plara.wallet.core.domain.access.Entitlement;

import java.time.Instant;

/** A user's access to one item: how it stands and until when ({@code validUntil} absent: no end). */
record EntitlementView(String itemId, String status, boolean active, String grantedAt, String validUntil) {

    static EntitlementView from(Entitlement entitlement, Instant now) {
        return new EntitlementView(entitlement.item().value(), WireFormat.name(entitlement.status()),
                entitlement.activeAt(now), WireFormat.time(entitlement.grantedAt()), WireFormat.time(entitlement.validUntil()));
    }
}
