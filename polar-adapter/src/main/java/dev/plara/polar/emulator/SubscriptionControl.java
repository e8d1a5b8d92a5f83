package dev.plara.polar.emulator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What a merchant or customer does to a subscription at Polar: cancel at period end, uncancel, revoke now. */
final class SubscriptionControl {

    private final EmulatorStore store;
    private final Views views;
    private final Events events;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    SubscriptionControl(EmulatorStore store, Views views, Events events, WebhookDispatcher dispatcher, Clock clock) {
        this.store = store;
        this.views = views;
        this.events = events;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Applies {@code action} ({@code cancel}, {@code uncancel} or {@code revoke}) and sends its events. */
    synchronized SubscriptionState apply(String subscriptionId, String action) {
        SubscriptionState current = store.subscription(subscriptionId).orElseThrow(ApiError::notFound);
        Instant now = clock.instant();
        SubscriptionState changed = switch (action) {
            case "cancel" -> current.with("active", true, now, current.currentPeriodEnd(), null, now);
            case "uncancel" -> current.with("active", false, null, null, null, now);
            case "revoke" -> current.with("canceled", false, now, now, now, now);
            default -> throw ApiError.of(404, "ResourceNotFound", "Unknown subscription action " + action);
        };
        store.save(changed);
        String type = switch (action) {
            case "cancel" -> "subscription.canceled";
            case "uncancel" -> "subscription.uncanceled";
            default -> "subscription.revoked";
        };
        dispatcher.publish(List.of(events.event("subscription.updated", views.subscription(changed)),
                events.event(type, views.subscription(changed))));
        return changed;
    }
}
