package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.access.AccessKeys;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.List;
import java.util.Optional;

/**
 * Who may open what: grants, at most one per source (a wallet purchase, a store plan period, a Polar order, a Polar
 * subscription); a user may hold many grants covering the same item.
 *
 * <p>Contract: {@link #upsertIfNewer} stores the grant when none exists for its source, or when the stored one has a
 * strictly lower {@code version}; otherwise it changes nothing. The store decides atomically, so of racing writes for
 * one source the highest version is what remains, and it says whether it stored. {@link #of} lists a user's grants
 * and {@link #ofKind} every grant of one kind of source (every subscription's), both ordered by source key.
 * {@link #filedUnder} lists, in the same order, exactly those of a user's grants whose {@link AccessKeys#of keys} share
 * at least one with the given keys, whatever their status or dates: the only ones that can bear on a question about
 * one item, read without reading the rest (a buyer may hold thousands).
 */
public interface GrantStore {

    boolean upsertIfNewer(Grant grant);

    Optional<Grant> bySource(GrantSource source);

    List<Grant> of(UserId user);

    List<Grant> ofKind(GrantSource.Kind kind);

    List<Grant> filedUnder(UserId user, AccessKeys keys);
}
