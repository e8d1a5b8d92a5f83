package dev.plara.polar.emulator.state;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The emulator's memory: one {@link Table} per kind of object, and its clock. Work done through {@link #atomically}
 * is seen whole by every other thread and saved once, at its end, to the {@link StateStorage}.
 */
public final class EmulatorStore {

    private final Object lock = new Object();
    private final StateStorage storage;
    private final EmulatorClock clock;
    private final List<ProductState> seed;
    private final Table<ProductState> products = new Table<>(this);
    private final Table<CustomerState> customers = new Table<>(this);
    private final Table<CheckoutState> checkouts = new Table<>(this);
    private final Table<OrderState> orders = new Table<>(this);
    private final Table<RefundState> refunds = new Table<>(this);
    private final Table<SubscriptionState> subscriptions = new Table<>(this);
    private final Table<DisputeState> disputes = new Table<>(this);
    private final Table<EndpointState> endpoints = new Table<>(this);
    private final Table<WebhookEventState> events = new Table<>(this);
    private final Table<DeliveryState> deliveries = new Table<>(this);
    private final Table<CustomerSessionState> sessions = new Table<>(this);
    private int depth;
    private boolean dirty;

    /** Opens what {@code storage} kept, or starts from the {@code seed} products when it kept nothing. */
    public EmulatorStore(StateStorage storage, EmulatorClock clock, List<ProductState> seed) {
        this.storage = storage;
        this.clock = clock;
        this.seed = List.copyOf(seed);
        atomically(() -> {
            restore(storage.load().orElseGet(() -> EmulatorState.seeded(this.seed)));
            return null;
        });
    }

    public EmulatorClock clock() {
        return clock;
    }

    /** Runs {@code work} alone and saves its changes once, when it ends. */
    public <T> T atomically(Supplier<T> work) {
        synchronized (lock) {
            depth++;
            try {
                return work.get();
            } finally {
                depth--;
                if (depth == 0 && dirty) {
                    dirty = false;
                    storage.save(snapshot());
                }
            }
        }
    }

    /** Moves the clock forward and keeps the new offset. */
    public void advanceClock(Duration amount) {
        atomically(() -> {
            clock.advance(amount);
            changed();
            return null;
        });
    }

    /** Forgets everything made since the seed. */
    public void reset() {
        atomically(() -> {
            restore(EmulatorState.seeded(seed));
            return null;
        });
    }

    public Table<ProductState> products() {
        return products;
    }

    public Table<CustomerState> customers() {
        return customers;
    }

    public Table<CheckoutState> checkouts() {
        return checkouts;
    }

    public Table<OrderState> orders() {
        return orders;
    }

    public Table<RefundState> refunds() {
        return refunds;
    }

    public Table<SubscriptionState> subscriptions() {
        return subscriptions;
    }

    public Table<DisputeState> disputes() {
        return disputes;
    }

    public Table<EndpointState> endpoints() {
        return endpoints;
    }

    public Table<WebhookEventState> events() {
        return events;
    }

    public Table<DeliveryState> deliveries() {
        return deliveries;
    }

    public Table<CustomerSessionState> sessions() {
        return sessions;
    }

    Object lock() {
        return lock;
    }

    void changed() {
        dirty = true;
        if (depth == 0) {
            atomically(() -> null);
        }
    }

    private EmulatorState snapshot() {
        return new EmulatorState(clock.offset().toMillis(), products.all(), customers.all(), checkouts.all(),
                orders.all(), refunds.all(), subscriptions.all(), disputes.all(), endpoints.all(), events.all(),
                deliveries.all(), sessions.all());
    }

    private void restore(EmulatorState state) {
        clock.restore(Duration.ofMillis(state.clockOffsetMillis()));
        products.replaceAll(state.products());
        customers.replaceAll(state.customers());
        checkouts.replaceAll(state.checkouts());
        orders.replaceAll(state.orders());
        refunds.replaceAll(state.refunds());
        subscriptions.replaceAll(state.subscriptions());
        disputes.replaceAll(state.disputes());
        endpoints.replaceAll(state.endpoints());
        events.replaceAll(state.events());
        deliveries.replaceAll(state.deliveries());
        sessions.replaceAll(state.sessions());
        changed();
    }
}
