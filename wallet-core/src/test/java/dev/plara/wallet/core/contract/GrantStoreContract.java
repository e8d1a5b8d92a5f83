package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.access.AccessKeys;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.port.out.GrantStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link GrantStore} contract, run against every implementation. */
public abstract class GrantStoreContract {

    private final TestClock clock = TestClock.standard();
    private GrantStore store;

    protected abstract GrantStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void theFirstGrantOfASourceIsStoredAndFoundExactly() {
        var grant = subscription("alice", "sub-1", 1, clock.tick());

        assertThat(store.upsertIfNewer(grant)).isTrue();
        assertThat(store.bySource(GrantSource.polarSubscription("sub-1"))).contains(grant);
        assertThat(store.bySource(GrantSource.polarOrder("sub-1"))).isEmpty();
    }

    @Test
    void theGrantsOfOneKindOfSourceAreListedBySource() {
        var at = clock.tick();
        store.upsertIfNewer(subscription("bob", "sub-2", 1, at));
        store.upsertIfNewer(order("alice", "sub-3", at));
        store.upsertIfNewer(subscription("alice", "sub-1", 1, at));

        assertThat(store.ofKind(GrantSource.Kind.POLAR_SUBSCRIPTION)).extracting(grant -> grant.source().ref())
                .containsExactly("sub-1", "sub-2");
        assertThat(store.ofKind(GrantSource.Kind.WALLET_PURCHASE)).isEmpty();
    }

    @Test
    void onlyAStrictlyNewerVersionReplacesIt() {
        var first = subscription("alice", "sub-1", 5, clock.tick());
        store.upsertIfNewer(first);

        assertThat(store.upsertIfNewer(subscription("alice", "sub-1", 5, clock.tick()))).isFalse();
        assertThat(store.upsertIfNewer(first.revoked(clock.tick(), 4))).isFalse();
        assertThat(store.bySource(first.source())).contains(first);

        var revoked = first.revoked(clock.tick(), 6);
        assertThat(store.upsertIfNewer(revoked)).isTrue();
        assertThat(store.bySource(first.source())).contains(revoked);
    }

    @Test
    void ofRacingVersionsTheHighestRemains() {
        var at = clock.tick();
        var writes = LongStream.rangeClosed(1, 24)
                .mapToObj(version -> CompletableFuture.runAsync(() ->
                        store.upsertIfNewer(subscription("alice", "sub-race", version, at))))
                .toList();
        writes.forEach(CompletableFuture::join);

        assertThat(store.bySource(GrantSource.polarSubscription("sub-race")).orElseThrow().version()).isEqualTo(24);
    }

    @Test
    void manyGrantsMayCoverTheSameThingAndAUsersAreListedBySource() {
        var at = clock.tick();
        store.upsertIfNewer(order("alice", "ord-2", at));
        store.upsertIfNewer(order("alice", "ord-1", at));
        store.upsertIfNewer(order("bob", "ord-3", at));

        assertThat(store.of(UserId.of("alice"))).extracting(grant -> grant.source().key())
                .containsExactly("polar-order:ord-1", "polar-order:ord-2");
        assertThat(store.of(UserId.of("alice"))).extracting(Grant::unlocks)
                .containsOnly(Unlocks.kinds(ItemKind.PHOTO));
        assertThat(store.of(UserId.of("carol"))).isEmpty();
    }

    @Test
    void aUsersGrantsAreFoundByEveryKeyTheyAreFiledUnderAndOnlyThose() {
        var at = clock.tick();
        var monthly = subscription("alice", "sub-1", 1, at);
        var photos = order("alice", "ord-1", at);
        var everything = new Grant(UserId.of("alice"), Unlocks.all(), GrantSource.polarOrder("ord-2"),
                ItemId.of("plan-all"), "All of it", GrantStatus.REVOKED, at, at, 2);
        List.of(monthly, photos, everything, order("bob", "ord-3", at)).forEach(store::upsertIfNewer);

        assertThat(filedUnder("alice", "item:photo-simien")).containsExactly(monthly);
        assertThat(filedUnder("alice", "kind:photo", "kind:video")).containsExactly(photos, monthly);
        assertThat(filedUnder("alice", "item:polar-product:prod-photos")).containsExactly(photos);
        assertThat(filedUnder("alice", "all", "item:plan-all", "item:video-welcome")).containsExactly(everything);
        assertThat(filedUnder("bob", "kind:video", "item:photo-simien")).isEmpty();
        assertThat(filedUnder("carol", "kind:photo")).isEmpty();
    }

    @Test
    void narrowReadsDecideAccessAsAllOfAUsersGrantsDo() {
        for (long seed = 1; seed <= 3; seed++) {
            assertThat(GrantDecisions.firstDifference(store, seed, 10)).isEmpty();
        }
    }

    private List<Grant> filedUnder(String user, String... keys) {
        return store.filedUnder(UserId.of(user), new AccessKeys(Set.of(keys)));
    }

    private static Grant subscription(String user, String id, long version, Instant at) {
        return new Grant(UserId.of(user), Unlocks.parse("kind:video,item:photo-simien"),
                GrantSource.polarSubscription(id), ItemId.polarProduct("prod-monthly"), "Monthly Plan",
                GrantStatus.ACTIVE, at, at.plus(Duration.ofDays(30)), version);
    }

    private static Grant order(String user, String id, Instant at) {
        return new Grant(UserId.of(user), Unlocks.kinds(ItemKind.PHOTO), GrantSource.polarOrder(id),
                ItemId.polarProduct("prod-photos"), "Lifetime photo collection", GrantStatus.ACTIVE, at, null, 0);
    }
}
