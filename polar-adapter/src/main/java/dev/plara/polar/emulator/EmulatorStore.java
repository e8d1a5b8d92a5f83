package dev.plara.polar.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** The emulator's memory: seeded products and the checkouts, customers, orders, refunds and subscriptions made since. */
final class EmulatorStore {

    private final Seed seed;
    private final Instant seededAt;
    private final Map<String, CheckoutState> checkouts = new LinkedHashMap<>();
    private final Map<String, CustomerState> customers = new LinkedHashMap<>();
    private final Map<String, OrderState> orders = new LinkedHashMap<>();
    private final Map<String, RefundState> refunds = new LinkedHashMap<>();
    private final Map<String, SubscriptionState> subscriptions = new LinkedHashMap<>();

    EmulatorStore(Seed seed, Instant seededAt) {
        this.seed = seed;
        this.seededAt = seededAt;
    }

    Seed seed() {
        return seed;
    }

    Instant seededAt() {
        return seededAt;
    }

    Optional<Seed.SeedProduct> product(String id) {
        return seed.products().stream().filter(product -> product.id().equals(id)).findFirst();
    }

    synchronized void save(CheckoutState checkout) {
        checkouts.put(checkout.id(), checkout);
    }

    synchronized Optional<CheckoutState> checkout(String id) {
        return Optional.ofNullable(checkouts.get(id));
    }

    synchronized Optional<CheckoutState> checkoutBySecret(String clientSecret) {
        return checkouts.values().stream().filter(c -> c.clientSecret().equals(clientSecret)).findFirst();
    }

    /** The customer with this external id, else with this email, else a new one. */
    synchronized CustomerState customerFor(String email, String externalId, Instant now) {
        Predicate<CustomerState> sameExternal = c -> externalId != null && externalId.equals(c.externalId());
        Predicate<CustomerState> sameEmail = c -> externalId == null && email.equalsIgnoreCase(c.email());
        return customers.values().stream().filter(sameExternal.or(sameEmail)).findFirst().orElseGet(() -> {
            CustomerState made = new CustomerState(UUID.randomUUID().toString(), email, externalId, now);
            customers.put(made.id(), made);
            return made;
        });
    }

    synchronized CustomerState customer(String id) {
        return customers.get(id);
    }

    synchronized void save(OrderState order) {
        orders.put(order.id(), order);
    }

    synchronized Optional<OrderState> order(String id) {
        return Optional.ofNullable(orders.get(id));
    }

    synchronized List<OrderState> orders() {
        return new ArrayList<>(orders.values());
    }

    synchronized void save(RefundState refund) {
        refunds.put(refund.id(), refund);
    }

    synchronized List<RefundState> refunds() {
        return new ArrayList<>(refunds.values());
    }

    synchronized void save(SubscriptionState subscription) {
        subscriptions.put(subscription.id(), subscription);
    }

    synchronized Optional<SubscriptionState> subscription(String id) {
        return Optional.ofNullable(subscriptions.get(id));
    }
}
