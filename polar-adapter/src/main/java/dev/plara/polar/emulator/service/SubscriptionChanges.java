package dev.plara.polar.emulator.service;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.state.SubscriptionState;
import dev.plara.polar.emulator.state.SubscriptionState.Cancellation;
import dev.plara.polar.emulator.state.SubscriptionState.Pause;
import dev.plara.polar.emulator.state.SubscriptionState.Period;

import java.time.Instant;
import java.util.Map;

/**
 * What a merchant (through the API) or a customer (in the portal) does to a subscription, with Polar's refusals and
 * events: cancel at period end, uncancel, revoke now, schedule a pause, resume, change metadata. Plan changes are
 * {@link PlanChanges}.
 */
public final class SubscriptionChanges {

    private static final String ALREADY_CANCELED =
            "This subscription is already canceled or will be at the end of the period.";

    private final Orders orders;
    private final SubscriptionTransitions transitions;

    public SubscriptionChanges(Orders orders, SubscriptionTransitions transitions) {
        this.orders = orders;
        this.transitions = transitions;
    }

    /** {@code SubscriptionCancel {cancel_at_period_end: true}}: access stays until the period ends. */
    public SubscriptionState cancel(String id) {
        return transitions.apply(id, (before, now) -> {
            Cancellation current = before.cancellation();
            if (!before.billable() || current.endedAt() != null || current.atPeriodEnd() || current.endsAt() != null) {
                throw alreadyCanceled();
            }
            return before.with(new Cancellation(true, now, before.period().end(), null), now);
        });
    }

    /** {@code SubscriptionCancel {cancel_at_period_end: false}}: takes back a cancellation at period end. */
    public SubscriptionState uncancel(String id) {
        return transitions.apply(id, (before, now) -> {
            if (before.cancellation().endedAt() != null) {
                throw ApiError.of(410, "ResourceUnavailable", "Resource unavailable");
            }
            if (!before.billable() || !before.cancellation().atPeriodEnd()) {
                throw ApiError.of(400, "BadRequest", "Bad request");
            }
            return before.with(Cancellation.NONE, now);
        });
    }

    /** {@code SubscriptionRevoke} or {@code DELETE}: ends it now; its pending orders are voided. */
    public SubscriptionState revoke(String id) {
        return transitions.apply(id, (before, now) -> {
            if (!before.billable() || before.cancellation().endedAt() != null) {
                throw alreadyCanceled();
            }
            Cancellation ended = new Cancellation(before.cancellation().atPeriodEnd(), now, now, now);
            return before.with(ended, now).withStatus("canceled", now);
        });
    }

    /** {@code SubscriptionPause}: pause (or stop pausing) at the end of the period, resuming by itself at {@code resumesAt}. */
    public SubscriptionState schedulePause(String id, boolean atPeriodEnd, Instant resumesAt) {
        return transitions.apply(id, (before, now) -> {
            if (!before.active()) {
                throw ApiError.of(403, "InactiveSubscription", "Subscription " + id + " is not active.");
            }
            if (resumesAt != null && !resumesAt.isAfter(before.period().end())) {
                throw ApiError.invalidBody("resumes_at", "Must be after the current period end.", resumesAt.toString());
            }
            return before.with(atPeriodEnd ? new Pause(true, null, resumesAt) : Pause.NONE, now);
        });
    }

    /** {@code SubscriptionResume}: a paused subscription starts a new period now and is charged at once. */
    public SubscriptionState resume(String id) {
        return transitions.apply(id, (before, now) -> {
            if (!"paused".equals(before.status())) {
                throw ApiError.invalidBody("resume", "The subscription is not paused.", true);
            }
            Period period = new Period(now, BillingPeriods.next(now, before.recurringInterval()));
            return before.with(Pause.NONE, now).with(period, now).withStatus("active", now);
        }, (before, after, out) -> orders.pay(orders.openFor(after, "subscription_cycle", after.amount(), out), out));
    }

    /** Pauses now, as Polar does at the end of a period when a pause was scheduled. */
    public SubscriptionState pauseNow(String id) {
        return transitions.apply(id, (before, now) -> {
            if (!before.active()) {
                throw ApiError.of(403, "InactiveSubscription", "Subscription " + id + " is not active.");
            }
            return before.with(new Pause(false, now, before.pause().resumesAt()), now).withStatus("paused", now);
        });
    }

    public SubscriptionState updateMetadata(String id, Map<String, Object> metadata) {
        return transitions.apply(id, (before, now) -> before.withMetadata(metadata, now));
    }

    static ApiError alreadyCanceled() {
        return ApiError.of(403, "AlreadyCanceledSubscription", ALREADY_CANCELED);
    }
}
