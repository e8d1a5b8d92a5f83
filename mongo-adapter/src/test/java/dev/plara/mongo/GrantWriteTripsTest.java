package dev.plara.mongo;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.GrantStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static dev.plara.mongo.CoreOnMongo.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside a unit of work a grant is written in one round trip, its guarded upsert sent without a look at the stored
 * version first; only an upsert refused because an equal or newer version is stored looks, and stores nothing.
 */
class GrantWriteTripsTest {

    @TempDir
    Path dir;

    private final List<String> commands = new CopyOnWriteArrayList<>();

    @Test
    void aNewGrantAndANewerVersionAreEachOneUpsert() {
        withGrants(grants -> {
            assertThat(grants.upsertIfNewer(period(1))).isTrue();
            assertThat(grants.upsertIfNewer(period(2))).isTrue();

            assertThat(commands).containsExactly("update grants", "update grants");
            assertThat(grants.bySource(period(2).source())).contains(period(2));
        });
    }

    @Test
    void anOlderOrEqualVersionIsRefusedByTheUpsertThenLookedAtAndStoresNothing() {
        withGrants(grants -> {
            grants.upsertIfNewer(period(2));
            commands.clear();

            assertThat(grants.upsertIfNewer(period(1))).isFalse();
            assertThat(grants.upsertIfNewer(period(2))).isFalse();

            assertThat(commands).containsExactly("update grants", "find grants", "update grants", "find grants");
            assertThat(grants.bySource(period(2).source())).contains(period(2));
        });
    }

    private static Grant period(long version) {
        return new Grant(UserId.of("ann"), Unlocks.parse("kind:video"), GrantSource.polarSubscription("sub-1"),
                ItemId.polarProduct("prod-monthly"), "Monthly Plan", GrantStatus.ACTIVE, T0,
                T0.plus(Duration.ofDays(30 * version)), version);
    }

    private void withGrants(Consumer<GrantStore> test) {
        RecordedStores.withStores(dir, CollectionCommands.into(commands), stores -> {
            commands.clear();
            test.accept(stores.grants());
        });
    }
}
