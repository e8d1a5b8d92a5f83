package dev.plara.polar.emulator.service;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.state.Amounts;
import dev.plara.polar.emulator.state.CheckoutState;
import dev.plara.polar.emulator.state.CustomerState;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.OrderState;
import dev.plara.polar.emulator.state.ProductState;
import dev.plara.polar.emulator.state.SubscriptionState;
import dev.plara.polar.emulator.state.SubscriptionState.Cancellation;
import dev.plara.polar.emulator.state.SubscriptionState.Pause;
import dev.plara.polar.emulator.state.SubscriptionState.Period;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Takes a card payment on an open checkout: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined. A payment finds
 * or makes the customer, makes the order (and the subscription of a recurring product) and sends Polar's events;
 * when orders are paid later ({@link Settlement}) the order stays pending and the checkout {@code confirmed}.
 */
public final class CardPayments {

    private final EmulatorStore store;
    private final CustomerDirectory customers;
    private final Orders orders;
    private final Settlement settlement;
    private final SubscriptionEvents subscriptionEvents;
    private final JsonRenderer renderer;
    private final EventSink events;

    public CardPayments(EmulatorStore store, CustomerDirectory customers, Orders orders, Settlement settlement,
                        SubscriptionEvents subscriptionEvents, JsonRenderer renderer, EventSink events) {
        this.store = store;
        this.customers = customers;
        this.orders = orders;
        this.settlement = settlement;
        this.subscriptionEvents = subscriptionEvents;
        this.renderer = renderer;
        this.events = events;
    }

    /** The refusal to show on the page, or empty when the checkout is now paid (or, paid later, confirmed). */
    public Optional<String> pay(String checkoutId, CardForm form) {
        return store.atomically(() -> {
            CheckoutState checkout = store.checkouts().find(checkoutId).orElseThrow(ApiError::notFound);
            if (!checkout.open(store.clock().instant())) {
                return Optional.of("This checkout is " + checkout.statusAt(store.clock().instant())
                        + " and can no longer be paid.");
            }
            Optional<String> problem = form.problem(checkout.customerEmail() == null);
            if (problem.isEmpty() && form.digits().equals(CardForm.DECLINED)) {
                problem = Optional.of("Your card was declined.");
            } else if (problem.isEmpty() && !form.digits().equals(CardForm.PAYS)) {
                problem = Optional.of("Your card number is incorrect. Use the test card 4242 4242 4242 4242.");
            }
            if (problem.isPresent()) {
                return problem;
            }
            try {
                complete(checkout, checkout.customerEmail() != null ? checkout.customerEmail() : form.email().strip());
                return Optional.empty();
            } catch (ApiError refused) {
                return Optional.of(refused.message());
            }
        });
    }

    private void complete(CheckoutState checkout, String email) {
        List<ResourceEvent> out = new ArrayList<>();
        CustomerState customer = customers.forPayment(checkout.customerId(), email, checkout.externalCustomerId(), out);
        ProductState product = store.products().find(checkout.productId()).orElseThrow();
        boolean paidNow = !settlement.ordersPaidLater();
        SubscriptionState subscription = product.recurring() ? store.subscriptions().save(
                subscription(checkout, product, customer.id(), paidNow)) : null;
        Amounts amounts = subscription != null && subscription.trial() != null ? Amounts.untaxed(0)
                : checkout.amounts();
        OrderState order = orders.open(new Orders.Sale(subscription == null ? "purchase" : "subscription_create",
                amounts, checkout.currency(), customer.id(), product.id(),
                subscription == null ? null : subscription.id(), checkout.id(), checkout.metadata()), out);
        if (paidNow) {
            orders.pay(order, out);
        }
        if (subscription != null) {
            out.addAll(subscriptionEvents.created(subscription));
        }
        CheckoutState settled = store.checkouts().save(checkout.withStatus(paidNow ? "succeeded" : "confirmed",
                customer.id(), email, subscription == null ? null : subscription.id(), store.clock().instant()));
        out.add(new ResourceEvent("checkout.updated", renderer.checkout(settled)));
        events.publish(out);
    }

    private SubscriptionState subscription(CheckoutState checkout, ProductState product, String customerId,
                                           boolean paid) {
        Instant now = store.clock().instant();
        Period trial = product.hasTrial() ? new Period(now, BillingPeriods.end(now, product.trialInterval(),
                product.trialIntervalCount())) : null;
        Period period = trial != null ? trial : new Period(now, BillingPeriods.next(now, product.recurringInterval()));
        String status = !paid ? "incomplete" : trial != null ? "trialing" : "active";
        return new SubscriptionState(RandomIds.uuid(), now, now, status, checkout.amounts().subtotal(),
                checkout.currency(), product.recurringInterval(), product.id(), customerId, checkout.id(),
                checkout.metadata(), paid ? now : null, period, trial, Cancellation.NONE, Pause.NONE, null, null);
    }
}
