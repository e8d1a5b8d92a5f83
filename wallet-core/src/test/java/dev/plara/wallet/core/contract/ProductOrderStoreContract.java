package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link ProductOrderStore} contract, run against every implementation. */
public abstract class ProductOrderStoreContract {

    private final TestClock clock = TestClock.standard();
    private ProductOrderStore store;

    protected abstract ProductOrderStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void anOrderIsSavedOnceAndFoundByIdAndByCheckout() {
        var order = Samples.order("order_1", "alice", clock.tick());

        assertThat(store.save(order)).isTrue();
        assertThat(store.save(Samples.order("order_1", "mallory", clock.tick()))).isFalse();
        assertThat(store.find("order_1")).contains(order);
        assertThat(store.byCheckout("chk-order_1")).contains(order);
        assertThat(store.byCheckout("chk-none")).isEmpty();
    }

    @Test
    void aUsersOrdersAreListedNewestFirstAndNoOneElses() {
        var first = Samples.order("order_1", "alice", clock.tick());
        var second = Samples.order("order_2", "alice", clock.tick());
        store.save(first);
        store.save(Samples.order("order_3", "bob", clock.tick()));
        store.save(second);

        assertThat(store.ownedBy(UserId.of("alice"))).containsExactly(second, first);
        assertThat(store.ownedBy(UserId.of("carol"))).isEmpty();
    }

    @Test
    void anOrderPaidTwiceIsMarkedOnceWithTheFirstCoveringOrderAndListedNewestFirst() {
        store.save(Samples.order("order_1", "alice", clock.tick()));
        store.save(Samples.order("order_2", "alice", clock.tick()));
        store.save(Samples.order("order_3", "alice", clock.tick()));

        assertThat(store.markPaidTwice("order_2", "order_1")).isTrue();
        assertThat(store.markPaidTwice("order_2", "order_3")).isFalse();
        assertThat(store.markPaidTwice("order_9", "order_1")).as("an unknown order").isFalse();
        assertThat(store.markPaidTwice("order_3", "order_1")).isTrue();

        assertThat(store.paidTwice(10)).containsExactly(new ProductOrderStore.Marked("order_3", "order_1"),
                new ProductOrderStore.Marked("order_2", "order_1"));
        assertThat(store.paidTwice(1)).hasSize(1);
    }

    @Test
    void eachRefundCountsOnceTowardsTheRefundedTotal() {
        store.save(Samples.order("order_1", "alice", clock.tick()));

        store.addRefund("order_1", "refund_1", Money.usd(4_00));
        store.addRefund("order_1", "refund_1", Money.usd(4_00));
        var after = store.addRefund("order_1", "refund_2", Money.usd(15_00)).orElseThrow();

        assertThat(after.refunded()).isEqualTo(Money.usd(19_00));
        assertThat(after.fullyRefunded()).isTrue();
        assertThat(store.find("order_1").orElseThrow().refunded()).isEqualTo(Money.usd(19_00));
        assertThat(store.addRefund("order_404", "refund_3", Money.usd(1))).isEmpty();
    }

    @Test
    void aSubscriptionsOrderKeepsThePeriodItPaidToTheMicrosecondAsPolarStatesItThroughItsRefunds() {
        var paidAt = clock.tick();
        var order = new ProductOrder("order_1", null, UserId.of("alice"), "alice@example.org", "prod_monthly",
                "Monthly Plan", Money.usd(9_00), "sub_1", Money.usd(0), paidAt,
                paidAt.plus(Duration.ofDays(30)).plusNanos(123_456_000));
        store.save(order);

        var refunded = store.addRefund("order_1", "refund_1", Money.usd(9_00)).orElseThrow();

        assertThat(store.find("order_1")).contains(refunded);
        assertThat(refunded.periodEnd()).isEqualTo(order.periodEnd());
        assertThat(refunded.subscriptionId()).isEqualTo("sub_1");
    }

    @Test
    void racingRefundsAreEachCountedOnce() {
        store.save(Samples.order("order_1", "alice", clock.tick()));

        IntStream.range(0, 30).mapToObj(i -> CompletableFuture.runAsync(() ->
                store.addRefund("order_1", "refund_" + (i % 10), Money.usd(1_00)))).toList()
                .forEach(CompletableFuture::join);

        assertThat(store.find("order_1").orElseThrow().refunded()).isEqualTo(Money.usd(10_00));
    }
}
