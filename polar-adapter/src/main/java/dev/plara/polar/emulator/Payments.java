package dev.plara.polar.emulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a card payment on an open checkout: the test card 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined.
 * A payment makes the customer, the order (and the subscription of a recurring product) and sends Polar's events.
 */
final class Payments {

    private final EmulatorStore store;
    private final Views views;
    private final Events events;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    Payments(EmulatorStore store, Views views, Events events, WebhookDispatcher dispatcher, Clock clock) {
        this.store = store;
        this.views = views;
        this.events = events;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** The refusal shown on the page, or empty when the checkout is now paid. */
    synchronized Optional<String> pay(String checkoutId, CardForm form) {
        CheckoutState checkout = store.checkout(checkoutId).orElseThrow(ApiError::notFound);
        if (!checkout.open(clock.instant())) {
            return Optional.of("This checkout is " + checkout.status() + " and can no longer be paid.");
        }
        Optional<String> problem = form.problem(checkout.customerEmail() == null);
        if (problem.isPresent()) {
            return problem;
        }
        if (form.digits().equals(CardForm.DECLINED)) {
            return Optional.of("Your card was declined.");
        }
        if (!form.digits().equals(CardForm.PAYS)) {
            return Optional.of("Your card number is incorrect. Use the test card 4242 4242 4242 4242.");
        }
        complete(checkout, checkout.customerEmail() != null ? checkout.customerEmail() : form.email().strip());
        return Optional.empty();
    }

    private void complete(CheckoutState checkout, String email) {
        Instant now = clock.instant();
        Seed.SeedProduct product = store.product(checkout.productId()).orElseThrow();
        CustomerState customer = store.customerFor(email, checkout.externalCustomerId(), now);
        SubscriptionState subscription = product.recurring() ? subscription(checkout, product, customer, now) : null;
        String subscriptionId = subscription == null ? null : subscription.id();
        OrderState order = new OrderState(UUID.randomUUID().toString(), now, now, "paid", checkout.amount(), 0,
                checkout.currency(), subscription == null ? "purchase" : "subscription_create", customer.id(),
                product.id(), subscriptionId, checkout.id(), checkout.metadata());
        CheckoutState paid = checkout.succeeded(customer.id(), email, subscriptionId, now);
        if (subscription != null) {
            store.save(subscription);
        }
        store.save(order);
        store.save(paid);
        dispatcher.publish(paymentEvents(order, subscription, paid, now));
    }

    /** A paid order's events as Polar sends them: the order made pending, then paid, then the checkout succeeded. */
    private List<OutgoingEvent> paymentEvents(OrderState order, SubscriptionState subscription, CheckoutState paid,
                                              Instant now) {
        List<OutgoingEvent> outgoing = new ArrayList<>();
        outgoing.add(events.event("order.created", views.order(order.withStatus("pending", now))));
        outgoing.add(events.event("order.updated", views.order(order)));
        outgoing.add(events.event("order.paid", views.order(order)));
        if (subscription != null) {
            SubscriptionState incomplete = subscription.with("incomplete", false, null, null, null, now);
            outgoing.add(events.event("subscription.created", views.subscription(incomplete)));
            outgoing.add(events.event("subscription.active", views.subscription(subscription)));
        }
        outgoing.add(events.event("checkout.updated", views.checkout(paid)));
        return outgoing;
    }

    private static SubscriptionState subscription(CheckoutState checkout, Seed.SeedProduct product,
                                                  CustomerState customer, Instant now) {
        Instant end = switch (product.recurringInterval()) {
            case "day" -> now.atOffset(ZoneOffset.UTC).plusDays(1).toInstant();
            case "week" -> now.atOffset(ZoneOffset.UTC).plusWeeks(1).toInstant();
            case "year" -> now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
            default -> now.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
        };
        return new SubscriptionState(UUID.randomUUID().toString(), now, now, "active", checkout.amount(),
                checkout.currency(), product.recurringInterval(), now, end, false, null, null, null, customer.id(),
                product.id(), checkout.id(), checkout.metadata());
    }
}
