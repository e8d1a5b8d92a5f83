package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.state.SubscriptionState;

/**
 * Moves a subscription through Polar's lifecycle on demand, each step with the events Polar sends for it; every method
 * answers the subscription in Polar's shape. Also reached over HTTP as
 * {@code POST /_emulator/subscriptions/{id}/<action>}.
 */
public final class SubscriptionControls {

    private final EmulatorServices services;

    SubscriptionControls(EmulatorServices services) {
        this.services = services;
    }

    /** The period ends and the renewal is paid: {@code subscription.cycled}, {@code .updated}, a paid cycle order. */
    public ObjectNode renew(String id) {
        return json(services.renewals.renew(id, true));
    }

    /** The period ends and the renewal payment fails: the cycle order stays pending, the subscription is past due. */
    public ObjectNode failRenewal(String id) {
        return json(services.renewals.renew(id, false));
    }

    /** A past-due subscription's owed order is paid at last: it is active again. */
    public ObjectNode recover(String id) {
        return json(services.renewals.recover(id));
    }

    /** A past-due subscription's retries ran out: {@code unpaid}, revoked, its pending orders voided. */
    public ObjectNode markUnpaid(String id) {
        return json(services.renewals.giveUp(id));
    }

    public ObjectNode cancel(String id) {
        return json(services.changes.cancel(id));
    }

    public ObjectNode uncancel(String id) {
        return json(services.changes.uncancel(id));
    }

    public ObjectNode revoke(String id) {
        return json(services.changes.revoke(id));
    }

    /** Pauses now (Polar pauses at the period end when asked to): access stops, no order while paused. */
    public ObjectNode pause(String id) {
        return json(services.changes.pauseNow(id));
    }

    /** Resumes a paused subscription: a new period starts now and is charged at once. */
    public ObjectNode resume(String id) {
        return json(services.changes.resume(id));
    }

    /** Changes the plan; {@code prorationBehavior} {@code null} is the organization's default ({@code prorate}). */
    public ObjectNode changePlan(String id, String productId, String prorationBehavior) {
        return json(services.plans.change(id, productId, prorationBehavior));
    }

    private ObjectNode json(SubscriptionState subscription) {
        return services.renderer.subscription(subscription);
    }
}
