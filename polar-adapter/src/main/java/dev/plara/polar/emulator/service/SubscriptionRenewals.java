package dev.plara.polar.emulator.service;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.OrderState;
import dev.plara.polar.emulator.state.SubscriptionState;
import dev.plara.polar.emulator.state.SubscriptionState.Cancellation;
import dev.plara.polar.emulator.state.SubscriptionState.Pause;
import dev.plara.polar.emulator.state.SubscriptionState.Period;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a billing period, as Polar's {@code cycle} handles it: a subscription canceled at period end ends
 * ({@code canceled}, revoked); one set to pause pauses; any other rolls into a new period ({@code subscription.cycled},
 * {@code .updated}, its pending plan change applied, a trial converted) and is charged by a {@code subscription_cycle}
 * order, which is paid, or fails a moment later (its own {@code modified_at}, as the payment's failure is a later
 * change at Polar) and leaves it {@code past_due} until it is recovered or given up ({@code unpaid}).
 */
public final class SubscriptionRenewals {

    private static final int MAX_PERIODS_AT_ONCE = 120;

    private final EmulatorStore store;
    private final Orders orders;
    private final SubscriptionTransitions transitions;
    private final SubscriptionEvents subscriptionEvents;
    private final OrderSettlement settlement;
    private final EventSink events;

    public SubscriptionRenewals(EmulatorStore store, Orders orders, SubscriptionTransitions transitions,
                                SubscriptionEvents subscriptionEvents, OrderSettlement settlement, EventSink events) {
        this.store = store;
        this.orders = orders;
        this.transitions = transitions;
        this.subscriptionEvents = subscriptionEvents;
        this.settlement = settlement;
        this.events = events;
    }

    /** The period ends now; the renewal payment succeeds when {@code paid}, else the subscription becomes past due. */
    public SubscriptionState renew(String id, boolean paid) {
        SubscriptionState before = transitions.find(id);
        if (!before.active()) {
            throw ApiError.of(403, "InactiveSubscription", "Subscription " + id + " is not active.");
        }
        if (before.cancellation().atPeriodEnd()) {
            return transitions.apply(id, (current, now) -> current.with(new Cancellation(true,
                    current.cancellation().canceledAt(), current.cancellation().endsAt(), now), now)
                    .withStatus("canceled", now));
        }
        if (before.pause().atPeriodEnd()) {
            return transitions.apply(id, (current, now) -> current.with(new Pause(false, now,
                    current.pause().resumesAt()), now).withStatus("paused", now));
        }
        return store.atomically(() -> cycle(before, paid));
    }

    /**
     * What Polar's scheduler does once time passed the end of a period: each trialing or active subscription whose
     * period ended is renewed (and paid), ended (canceled at period end) or paused, once for every period that ended.
     */
    public void runDue() {
        for (int round = 0; round < MAX_PERIODS_AT_ONCE; round++) {
            Instant now = store.clock().instant();
            List<SubscriptionState> due = store.subscriptions().where(subscription -> subscription.active()
                    && subscription.period() != null && !subscription.period().end().isAfter(now));
            if (due.isEmpty()) {
                return;
            }
            due.forEach(subscription -> renew(subscription.id(), true));
        }
    }

    /** Pays the renewal order a past-due subscription still owes: it is active again. */
    public SubscriptionState recover(String id) {
        OrderState owed = store.orders().first(order -> id.equals(order.subscriptionId())
                && "pending".equals(order.status())).orElseThrow(() -> ApiError.of(409, "NothingOwed",
                "Subscription " + id + " has no pending order to pay."));
        settlement.pay(owed.id());
        return transitions.find(id);
    }

    /** The payment retries of a past-due subscription ran out: it becomes {@code unpaid} and is revoked. */
    public SubscriptionState giveUp(String id) {
        return transitions.apply(id, (before, now) -> {
            if (!"past_due".equals(before.status())) {
                throw ApiError.of(409, "NotPastDue", "Subscription " + id + " is " + before.status()
                        + ", not past_due.");
            }
            return before.withStatus("unpaid", now);
        });
    }

    private SubscriptionState cycle(SubscriptionState before, boolean paid) {
        Instant now = store.clock().instant();
        List<ResourceEvent> out = new ArrayList<>();
        SubscriptionState cycled = store.subscriptions().save(nextPeriod(before, now));
        out.add(subscriptionEvents.cycled(cycled));
        out.addAll(subscriptionEvents.changed(before, cycled));
        OrderState order = orders.openFor(cycled, "subscription_cycle", cycled.amount(), out);
        SubscriptionState after = cycled;
        if (paid) {
            orders.pay(order, out);
        } else {
            Instant failed = now.plusMillis(1);
            after = store.subscriptions().save(cycled.withStatus("past_due", failed).withPastDueAt(failed, failed));
            out.addAll(subscriptionEvents.changed(cycled, after));
        }
        events.publish(out);
        return after;
    }

    private SubscriptionState nextPeriod(SubscriptionState current, Instant now) {
        SubscriptionState updated = current;
        if (current.pendingUpdate() != null) {
            String productId = current.pendingUpdate().productId();
            long amount = store.products().find(productId).orElseThrow().price().priceAmount();
            updated = current.withProduct(productId, amount, now);
        }
        Instant start = current.period().end();
        Period period = new Period(start, BillingPeriods.next(start, current.recurringInterval()));
        return updated.with(period, now).withStatus("active", now);
    }
}
