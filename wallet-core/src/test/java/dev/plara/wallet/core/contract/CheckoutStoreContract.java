package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.port.out.CheckoutStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link CheckoutStore} contract, run against every implementation. */
public abstract class CheckoutStoreContract {

    private final TestClock clock = TestClock.standard();
    private CheckoutStore store;

    protected abstract CheckoutStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void aSavedCheckoutIsFoundExactlyAndTheFirstSaveStays() {
        var checkout = Samples.checkout("chk_1", "alice", clock.tick());
        store.save(checkout);
        store.save(Samples.checkout("chk_1", "mallory", clock.tick()));

        assertThat(store.find("chk_1")).contains(checkout);
        assertThat(store.find("chk_unknown")).isEmpty();
    }

    @Test
    void thePaidOrderIsAttachedOnceAndOnlyToAKnownCheckout() {
        store.save(Samples.checkout("chk_1", "alice", clock.tick()));

        store.attachOrder("chk_1", "order_1");
        store.attachOrder("chk_1", "order_2");
        store.attachOrder("chk_unknown", "order_3");

        assertThat(store.find("chk_1").orElseThrow().orderId()).isEqualTo("order_1");
        assertThat(store.find("chk_unknown")).isEmpty();
    }
}
