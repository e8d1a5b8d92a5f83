package dev.plara.polar.emulator.service;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.SubscriptionState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Applies one change to a subscription as one happening: the change, its events ({@link SubscriptionEvents}), the
 * voiding of its pending orders when it ended for good, and whatever follows (a charge), published together.
 */
public final class SubscriptionTransitions {

    private final EmulatorStore store;
    private final Orders orders;
    private final SubscriptionEvents subscriptionEvents;
    private final EventSink events;

    public SubscriptionTransitions(EmulatorStore store, Orders orders, SubscriptionEvents subscriptionEvents,
                                   EventSink events) {
        this.store = store;
        this.orders = orders;
        this.subscriptionEvents = subscriptionEvents;
        this.events = events;
    }

    public SubscriptionState apply(String id, BiFunction<SubscriptionState, Instant, SubscriptionState> change) {
        return apply(id, change, (before, after, out) -> { });
    }

    /** {@code change} turns the current subscription into the new one; {@code then} may add events after its own. */
    public SubscriptionState apply(String id, BiFunction<SubscriptionState, Instant, SubscriptionState> change,
                                   FollowUp then) {
        return store.atomically(() -> {
            SubscriptionState before = find(id);
            List<ResourceEvent> out = new ArrayList<>();
            SubscriptionState after = store.subscriptions().save(change.apply(before, store.clock().instant()));
            out.addAll(subscriptionEvents.changed(before, after));
            if (after.revoked() && !before.revoked()) {
                orders.voidPendingOf(id, out);
            }
            then.after(before, after, out);
            events.publish(out);
            return after;
        });
    }

    public SubscriptionState find(String id) {
        return store.subscriptions().find(id).orElseThrow(ApiError::notFound);
    }

    /** What a change sets off once the subscription changed, such as a charge; its events come after the change's. */
    @FunctionalInterface
    public interface FollowUp {
        void after(SubscriptionState before, SubscriptionState after, List<ResourceEvent> out);
    }
}
