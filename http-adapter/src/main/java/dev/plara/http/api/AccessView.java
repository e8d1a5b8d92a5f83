package dev.plara.http.api;

import dev.plara.wallet.core.domain.access.Access;
import dev.plara.wallet.core.domain.access.AccessWords;

import java.time.Instant;

/**
 * Whether the signed-in user may open an item now, and why: {@code reason} in words, and the grant that opens it (or,
 * when closed, the last one that did; absent when nothing covering it was bought).
 */
record AccessView(String itemId, boolean open, String reason, GrantView grant) {

    static AccessView from(Access access, Instant now) {
        return access.match(
                open -> new AccessView(open.item().id().value(), true, AccessWords.reason(access),
                        GrantView.from(open.grant(), now)),
                closed -> new AccessView(closed.item().id().value(), false, AccessWords.reason(access),
                        closed.lastGrant().map(grant -> GrantView.from(grant, now)).orElse(null)));
    }
}
