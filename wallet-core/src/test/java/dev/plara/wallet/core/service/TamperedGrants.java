package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.AccessKeys;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.GrantStore;

import java.util.List;
import java.util.Optional;

/** A grant store that passes everything through; tests override a method to play a racing writer or reader. */
class TamperedGrants implements GrantStore {

    private final GrantStore honest;

    TamperedGrants(GrantStore honest) {
        this.honest = honest;
    }

    @Override
    public boolean upsertIfNewer(Grant grant) {
        return honest.upsertIfNewer(grant);
    }

    @Override
    public Optional<Grant> bySource(GrantSource source) {
        return honest.bySource(source);
    }

    @Override
    public List<Grant> of(UserId user) {
        return honest.of(user);
    }

    @Override
    public List<Grant> ofKind(GrantSource.Kind kind) {
        return honest.ofKind(kind);
    }

    @Override
    public List<Grant> filedUnder(UserId user, AccessKeys keys) {
        return honest.filedUnder(user, keys);
    }
}
