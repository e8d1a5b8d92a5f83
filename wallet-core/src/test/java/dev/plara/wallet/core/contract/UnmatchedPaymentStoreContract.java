package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.Assignment;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.UnmatchedRefund;
import dev.plara.wallet.core.domain.payment.UnmatchedRefundReason;
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

    @Test
    void theRefundsHeldForAnOrderAreListedOldestFirstWhateverTheirIds() {
        var older = UnmatchedRefund.held(CompletedRefund.untaxed("refund_z", "order_1", Money.usd(3_00), clock.tick()),
                UnmatchedRefundReason.ORDER_UNKNOWN, clock.tick());
        var newer = UnmatchedRefund.held(CompletedRefund.untaxed("refund_a", "order_1", Money.usd(2_00), clock.tick()),
                UnmatchedRefundReason.ORDER_UNKNOWN, clock.tick());
        store.holdRefund(newer);
        store.holdRefund(older);

        assertThat(store.refundsOf("order_1")).containsExactly(older, newer);
    }

    @Test
    void aRefundIsHeldOncePerRefundIdListedByOrderAndAppliedOnce() {
        var first = UnmatchedRefund.held(CompletedRefund.untaxed("refund_1", "order_1", Money.usd(3_00), clock.tick()),
                UnmatchedRefundReason.ORDER_UNKNOWN, clock.tick());
        var second = UnmatchedRefund.held(new CompletedRefund("refund_2", "order_1", Money.usd(2_00), Money.usd(40),
                clock.tick()), UnmatchedRefundReason.PAYMENT_PARKED, clock.tick());
        var other = UnmatchedRefund.held(CompletedRefund.untaxed("refund_3", "order_2", Money.usd(1_00), clock.tick()),
                UnmatchedRefundReason.ORDER_UNKNOWN, clock.tick());

        assertThat(store.holdRefund(first)).isTrue();
        assertThat(store.holdRefund(second)).isTrue();
        assertThat(store.holdRefund(other)).isTrue();
        assertThat(store.holdRefund(first)).isFalse();
        assertThat(store.refundsOf("order_1")).containsExactly(first, second);
        var at = clock.tick();
        var racing = CompletableFuture.supplyAsync(() -> store.refundApplied("refund_1", at));
        assertThat(store.refundApplied("refund_1", at) ^ racing.join()).isTrue();
        assertThat(store.refundApplied("refund_404", at)).isFalse();

        assertThat(store.refundsOf("order_1").get(0).appliedAt()).isEqualTo(at);
        assertThat(store.refundsOf("order_404")).isEmpty();
        assertThat(store.refunds(true, PageRequest.first(10)).items()).containsExactly(second, other);
        assertThat(store.refunds(false, PageRequest.first(1)).total()).isEqualTo(3);
    }
}
