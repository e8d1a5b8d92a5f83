package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.contract.GrantDecisions;
import dev.plara.wallet.core.contract.GrantStoreContract;
import dev.plara.wallet.core.domain.access.AccessKeys;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.TamperedGrants;
import dev.plara.wallet.core.port.out.GrantStore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryGrantStoreTest extends GrantStoreContract {

    @Override
    protected GrantStore newStore() {
        return new InMemoryGrantStore();
    }

    @Test
    void theDecisionCheckCatchesANarrowReadThatLeavesOutAGrantThatCounts() {
        assertThat(GrantDecisions.firstDifference(leavingOut(grant -> grant.unlocks().everything()), 1, 12))
                .hasValueSatisfying(found -> assertThat(found).contains("narrow read"));
        assertThat(GrantDecisions.firstDifference(leavingOut(grant -> !grant.unlocks().kinds().isEmpty()), 1, 12))
                .isPresent();
        assertThat(GrantDecisions.firstDifference(leavingOut(grant -> grant.forever()), 1, 12)).isPresent();
    }

    /** The in-memory store, but its narrow reads leave out the grants {@code left} picks. */
    private static GrantStore leavingOut(Predicate<Grant> left) {
        return new TamperedGrants(new InMemoryGrantStore()) {
            @Override
            public List<Grant> filedUnder(UserId user, AccessKeys keys) {
                return super.filedUnder(user, keys).stream().filter(left.negate()).toList();
            }
        };
    }
}
