package dev.plara.polar.emulator.service;

import java.util.List;

/** Polar's 41 webhook event types ({@code WebhookEventType} in the 2026-04 API). */
public final class WebhookEventTypes {

    public static final List<String> ALL = List.of("checkout.created", "checkout.updated", "checkout.expired",
            "customer.created", "customer.updated", "customer.deleted", "customer.state_changed",
            "customer_seat.assigned", "customer_seat.claimed", "customer_seat.revoked", "member.created",
            "member.updated", "member.deleted", "order.created", "order.updated", "order.paid", "order.refunded",
            "subscription.created", "subscription.updated", "subscription.active", "subscription.canceled",
            "subscription.uncanceled", "subscription.cycled", "subscription.revoked", "subscription.past_due",
            "subscription.paused", "subscription.resumed", "refund.created", "refund.updated", "product.created",
            "product.updated", "discount.created", "discount.updated", "discount.deleted", "benefit.created",
            "benefit.updated", "benefit_grant.created", "benefit_grant.cycled", "benefit_grant.updated",
            "benefit_grant.revoked", "organization.updated");

    private WebhookEventTypes() {
    }
}
