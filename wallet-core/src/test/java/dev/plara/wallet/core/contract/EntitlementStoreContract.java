package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.access.Entitlement;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.port.out.EntitlementStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link EntitlementStore} contract, run against every implementation. */
public abstract class EntitlementStoreContract {

    private final TestClock clock = TestClock.standard();
    private EntitlementStore store;

    protected abstract EntitlementStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void theFirstEntitlementIsStoredAndFoundExactly() {
        var access = Samples.entitlement("alice", "video-1", 1, clock.tick());

        assertThat(store.putIfNewer(access)).isTrue();
        assertThat(store.find(UserId.of("alice"), ItemId.of("video-1"))).contains(access);
        assertThat(store.find(UserId.of("bob"), ItemId.of("video-1"))).isEmpty();
    }

    @Test
    void onlyAStrictlyNewerVersionReplacesIt() {
        var first = Samples.entitlement("alice", "plan", 5, clock.tick());
        store.putIfNewer(first);

        assertThat(store.putIfNewer(Samples.entitlement("alice", "plan", 5, clock.tick()))).isFalse();
        assertThat(store.putIfNewer(first.revoked(clock.tick(), 4))).isFalse();
        assertThat(store.find(first.user(), first.item())).contains(first);

        var revoked = first.revoked(clock.tick(), 6);
        assertThat(store.putIfNewer(revoked)).isTrue();
        assertThat(store.find(first.user(), first.item())).contains(revoked);
    }

    @Test
    void ofRacingVersionsTheHighestRemains() {
        var at = clock.tick();
        var writes = LongStream.rangeClosed(1, 24)
                .mapToObj(version -> CompletableFuture.runAsync(() ->
                        store.putIfNewer(Samples.entitlement("alice", "plan", version, at))))
                .toList();
        writes.forEach(CompletableFuture::join);

        assertThat(store.find(UserId.of("alice"), ItemId.of("plan")).orElseThrow().version()).isEqualTo(24);
    }

    @Test
    void aUsersEntitlementsAreListedByItemAndFoundBySource() {
        store.putIfNewer(Samples.entitlement("alice", "video-2", 1, clock.tick()));
        store.putIfNewer(Samples.entitlement("alice", "photo-1", 1, clock.tick()));
        store.putIfNewer(Samples.entitlement("bob", "video-2", 1, clock.tick()));

        assertThat(store.of(UserId.of("alice"))).extracting(access -> access.item().value())
                .containsExactly("photo-1", "video-2");
        assertThat(store.bySource("purchase:bob:video-2")).extracting(Entitlement::user).containsExactly(UserId.of("bob"));
        assertThat(store.bySource("nothing")).isEmpty();
        assertThat(store.of(UserId.of("carol"))).isEmpty();
    }
}
