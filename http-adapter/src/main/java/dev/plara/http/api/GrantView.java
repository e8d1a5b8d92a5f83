package dev.plara.http.api;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.AccessWords;

import java.time.Instant;

/**
 * One grant of a user: what paid for it ({@code source}: {@code wallet-purchase:}, {@code store-plan:},
 * {@code polar-order:} or {@code polar-subscription:} and its id), what it opens ({@code unlocks} in the
 * {@code plara_unlocks} text form, and in words), how it stands and until when ({@code valid_until} absent: no end).
 */
record GrantView(String source, String soldAs, String title, String unlocks, String unlocksText, String status,
                 boolean active, String validFrom, String validUntil) {

    static GrantView from(Grant grant, Instant now) {
        return new GrantView(grant.source().key(), grant.soldAs().value(), grant.title(), grant.unlocks().text(),
                AccessWords.unlocks(grant.unlocks()), WireFormat.name(grant.status()), grant.activeAt(now),
                WireFormat.time(grant.validFrom()), WireFormat.time(grant.validUntil()));
    }
}
