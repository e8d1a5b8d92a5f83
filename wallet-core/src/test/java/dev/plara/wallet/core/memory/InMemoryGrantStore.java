package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.domain.access.AccessKeys;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.GrantStore;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Grants in memory, one per source key. */
public final class InMemoryGrantStore implements GrantStore {

    private final TreeMap<String, Grant> grants = new TreeMap<>();

    @Override
    public synchronized boolean upsertIfNewer(Grant grant) {
        var current = grants.get(grant.source().key());
        if (current != null && current.version() >= grant.version()) {
            return false;
        }
        grants.put(grant.source().key(), grant);
        return true;
    }

    @Override
    public synchronized Optional<Grant> bySource(GrantSource source) {
        return Optional.ofNullable(grants.get(source.key()));
    }

    @Override
    public synchronized List<Grant> of(UserId user) {
        return grants.values().stream().filter(grant -> grant.user().equals(user)).toList();
    }

    @Override
    public synchronized List<Grant> ofKind(GrantSource.Kind kind) {
        return grants.values().stream().filter(grant -> grant.source().kind() == kind).toList();
    }

    @Override
    public synchronized List<Grant> filedUnder(UserId user, AccessKeys keys) {
        return of(user).stream().filter(grant -> AccessKeys.of(grant).meets(keys)).toList();
    }
}
