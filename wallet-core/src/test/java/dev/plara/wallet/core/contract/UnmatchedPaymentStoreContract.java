package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.payment.Assignment;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.UnmatchedPayment;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.port.out.UnmatchedPaymentStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link UnmatchedPaymentStore} contract, run against every implementation. */
public abstract class UnmatchedPaymentStoreContract {

    private final TestClock clock = TestClock.standard();
    private UnmatchedPaymentStore store;

    protected abstract UnmatchedPaymentStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void aPaymentIsParkedOncePerOrderAndKeptExactly() {
        var parked = Samples.unmatched("order_1", clock.tick());

        assertThat(store.park(parked)).isTrue();
        assertThat(store.park(Samples.unmatched("order_1", clock.tick()))).isFalse();
        assertThat(store.find("order_1")).contains(parked);
        assertThat(store.find("order_404")).isEmpty();
    }

    @Test
    void anAssignmentIsRecordedOnceAndRacingAssignmentsHaveOneWinner() {
        store.park(Samples.unmatched("order_1", clock.tick()));
        var at = clock.tick();
        var toAlice = CompletableFuture.supplyAsync(() ->
                store.assign("order_1", new Assignment(UserId.of("alice"), "admin-1", at, "matched by email")));
        var toBob = CompletableFuture.supplyAsync(() ->
                store.assign("order_1", new Assignment(UserId.of("bob"), "admin-2", at, null)));

        assertThat(toAlice.join() ^ toBob.join()).isTrue();
        var assignment = store.find("order_1").orElseThrow().assignment();
        assertThat(assignment.user()).isEqualTo(toAlice.join() ? UserId.of("alice") : UserId.of("bob"));
        assertThat(store.assign("order_404", assignment)).isFalse();
    }

    @Test
    void theListIsOldestFirstAndCanShowOnlyThoseWaiting() {
        store.park(Samples.unmatched("order_1", clock.tick()));
        store.park(Samples.unmatched("order_2", clock.tick()));
        store.park(Samples.unmatched("order_3", clock.tick()));
        store.assign("order_2", new Assignment(UserId.of("alice"), "admin", clock.tick(), "found"));

        assertThat(store.list(false, PageRequest.first(10)).items()).extracting(UnmatchedPayment::orderId)
                .containsExactly("order_1", "order_2", "order_3");
        var waiting = store.list(true, PageRequest.first(1));
        assertThat(waiting.items()).extracting(UnmatchedPayment::orderId).containsExactly("order_1");
        assertThat(waiting.total()).isEqualTo(2);
    }
}
