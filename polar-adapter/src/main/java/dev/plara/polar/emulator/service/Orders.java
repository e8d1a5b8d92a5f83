package dev.plara.polar.emulator.service;

import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.state.Amounts;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.OrderState;
import dev.plara.polar.emulator.state.SubscriptionState;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Makes orders and moves them on, adding the webhooks Polar sends for each step: {@code order.created} for a new
 * (pending) order, {@code order.updated} and {@code order.paid} when it is paid, {@code order.updated} when it is voided.
 */
public final class Orders {

    private final EmulatorStore store;
    private final TaxRules tax;
    private final JsonRenderer renderer;

    public Orders(EmulatorStore store, TaxRules tax, JsonRenderer renderer) {
        this.store = store;
        this.tax = tax;
        this.renderer = renderer;
    }

    /** A new pending order, announced by {@code order.created}. */
    public OrderState open(Sale sale, List<ResourceEvent> out) {
        Instant now = store.clock().instant();
        OrderState order = store.orders().save(new OrderState(RandomIds.uuid(), now, now, "pending", sale.amounts(), 0,
                0, sale.currency(), sale.billingReason(), sale.customerId(), sale.productId(), sale.subscriptionId(),
                sale.checkoutId(), sale.metadata()));
        out.add(event("order.created", order));
        return order;
    }

    /** A subscription's order for {@code billingReason}, its amount taxed as its product's price says. */
    public OrderState openFor(SubscriptionState subscription, String billingReason, long amount,
                              List<ResourceEvent> out) {
        String priceBehavior = store.products().find(subscription.productId()).orElseThrow().price().taxBehavior();
        return open(new Sale(billingReason, tax.amounts(amount, priceBehavior), subscription.currency(),
                subscription.customerId(), subscription.productId(), subscription.id(), null,
                subscription.metadata()), out);
    }

    public OrderState pay(OrderState order, List<ResourceEvent> out) {
        OrderState paid = store.orders().save(order.withStatus("paid", store.clock().instant()));
        out.add(event("order.updated", paid));
        out.add(event("order.paid", paid));
        return paid;
    }

    /** Gives up the payment of a pending order ({@code void}), as when its subscription is revoked. */
    public OrderState voidPending(OrderState order, List<ResourceEvent> out) {
        OrderState voided = store.orders().save(order.withStatus("void", store.clock().instant()));
        out.add(event("order.updated", voided));
        return voided;
    }

    /** Voids every pending order of a subscription, as Polar does when it revokes it. */
    public void voidPendingOf(String subscriptionId, List<ResourceEvent> out) {
        store.orders().where(order -> subscriptionId.equals(order.subscriptionId()) && "pending".equals(order.status()))
                .forEach(order -> voidPending(order, out));
    }

    public ResourceEvent event(String type, OrderState order) {
        return new ResourceEvent(type, renderer.order(order));
    }

    /** What an order sells, to whom and for how much. */
    public record Sale(String billingReason, Amounts amounts, String currency, String customerId, String productId,
                       String subscriptionId, String checkoutId, Map<String, Object> metadata) {
    }
}
