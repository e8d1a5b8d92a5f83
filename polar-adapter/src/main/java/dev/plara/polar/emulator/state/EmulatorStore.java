package dev.plara.polar.emulator.state;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The emulator's memory: one {@link Table} per kind of object, and its clock. Work done through {@link #atomically}
 * is seen whole by every other thread and saved once, at its end, to the {@link StateStorage}.
 */
public final class EmulatorStore {

    private final AtomicWork work;
    private final EmulatorClock clock;
    private final List<ProductState> seed;
    private final Table<ProductState> products;
    private final Table<CustomerState> customers;
    private final Table<CheckoutState> checkouts;
    private final Table<OrderState> orders;
    private final Table<RefundState> refunds;
    private final Table<SubscriptionState> subscriptions;
    private final Table<DisputeState> disputes;
    private final Table<EndpointState> endpoints;
    private final Table<WebhookEventState> events;
    private final Table<DeliveryState> deliveries;
    private final Table<CustomerSessionState> sessions;

    /**
     * Opens what {@code storage} kept, or starts from the {@code seed} products when it kept nothing; saves nothing
     * until something changes (what it opened is already kept, or made again from the seed at the next start).
     */
    public EmulatorStore(StateStorage storage, EmulatorClock clock, List<ProductState> seed) {
        this.work = new AtomicWork(() -> storage.save(snapshot()));
        this.clock = clock;
        this.seed = List.copyOf(seed);
        this.products = new Table<>(work);
        this.customers = new Table<>(work);
        this.checkouts = new Table<>(work);
        this.orders = new Table<>(work);
        this.refunds = new Table<>(work);
        this.subscriptions = new Table<>(work);
        this.disputes = new Table<>(work);
        this.endpoints = new Table<>(work);
        this.events = new Table<>(work);
        this.deliveries = new Table<>(work);
        this.sessions = new Table<>(work);
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
        return this.work.atomically(work);
    }

    /** Moves the clock forward and keeps the new offset. */
    public void advanceClock(Duration amount) {
        atomically(() -> {
            clock.advance(amount);
            work.changed();
            return null;
        });
    }

    /** Forgets everything made since the seed. */
    public void reset() {
        atomically(() -> {
            restore(EmulatorState.seeded(seed));
            work.changed();
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
    }
}
