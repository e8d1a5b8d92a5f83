package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders the emulator's state as Polar's JSON, looking up what each resource embeds. */
final class Views {

    private final EmulatorStore store;
    private final String baseUrl;

    Views(EmulatorStore store, String baseUrl) {
        this.store = store;
        this.baseUrl = baseUrl;
    }

    ObjectNode product(Seed.SeedProduct product) {
        return ProductJson.product(product, organizationId(), store.seededAt());
    }

    ObjectNode checkout(CheckoutState checkout) {
        Seed.SeedProduct product = store.product(checkout.productId()).orElseThrow();
        return CheckoutJson.checkout(checkout, product(product), ProductJson.price(product, store.seededAt()),
                organizationId(), checkoutUrl(checkout));
    }

    String checkoutUrl(CheckoutState checkout) {
        return baseUrl + "/checkout/" + checkout.clientSecret();
    }

    ObjectNode order(OrderState order) {
        ObjectNode subscription = order.subscriptionId() == null ? null
                : store.subscription(order.subscriptionId()).map(SubscriptionJson::embedded).orElse(null);
        return OrderJson.order(order, customer(order.customerId()), product(store.product(order.productId())
                .orElseThrow()), subscription);
    }

    ObjectNode subscription(SubscriptionState subscription) {
        Seed.SeedProduct product = store.product(subscription.productId()).orElseThrow();
        return SubscriptionJson.subscription(subscription, customer(subscription.customerId()), product(product),
                ProductJson.price(product, store.seededAt()));
    }

    ObjectNode refund(RefundState refund) {
        return RefundJson.refund(refund, organizationId());
    }

    private ObjectNode customer(String customerId) {
        return CustomerJson.customer(store.customer(customerId), organizationId());
    }

    private String organizationId() {
        return store.seed().organizationId();
    }
}
