package dev.plara.polar.emulator.service;

import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.state.SubscriptionState;

import java.util.ArrayList;
import java.util.List;

/**
 * The webhooks of a subscription change, in the order Polar's {@code _after_subscription_updated} sends them:
 * {@code subscription.updated} always, then {@code .active} when it became active, {@code .uncanceled},
 * {@code .past_due}, {@code .paused} / {@code .resumed}, {@code .canceled} (also when a canceled one is revoked) and
 * {@code .revoked} when it ended for good. Each carries the subscription as it is after the change.
 */
public final class SubscriptionEvents {

    private final JsonRenderer renderer;

    public SubscriptionEvents(JsonRenderer renderer) {
        this.renderer = renderer;
    }

    /** A new subscription: {@code subscription.created}, {@code .active} when it starts active, {@code .updated}. */
    public List<ResourceEvent> created(SubscriptionState subscription) {
        List<ResourceEvent> events = new ArrayList<>();
        events.add(event("subscription.created", subscription));
        if (subscription.active()) {
            events.add(event("subscription.active", subscription));
        }
        events.add(event("subscription.updated", subscription));
        return events;
    }

    /** The period rolled over: {@code subscription.cycled}, sent before the update and the renewal order. */
    public ResourceEvent cycled(SubscriptionState subscription) {
        return event("subscription.cycled", subscription);
    }

    public List<ResourceEvent> changed(SubscriptionState before, SubscriptionState after) {
        List<ResourceEvent> events = new ArrayList<>();
        events.add(event("subscription.updated", after));
        boolean becameRevoked = after.revoked() && !before.revoked();
        if (after.active() && !before.active()) {
            events.add(event("subscription.active", after));
        }
        if (!after.canceled() && before.canceled()) {
            events.add(event("subscription.uncanceled", after));
        }
        if (is(after, "past_due") && !is(before, "past_due")) {
            events.add(event("subscription.past_due", after));
        }
        if (is(after, "paused") && !is(before, "paused")) {
            events.add(event("subscription.paused", after));
        }
        if (is(before, "paused") && !is(after, "paused")) {
            events.add(event("subscription.resumed", after));
        }
        if ((after.canceled() && !before.canceled()) || (becameRevoked && before.canceled())) {
            events.add(event("subscription.canceled", after));
        }
        if (becameRevoked) {
            events.add(event("subscription.revoked", after));
        }
        return events;
    }

    private ResourceEvent event(String type, SubscriptionState subscription) {
        return new ResourceEvent(type, renderer.subscription(subscription));
    }

    private static boolean is(SubscriptionState subscription, String status) {
        return status.equals(subscription.status());
    }
}
