package dev.plara.polar.emulator.state;

import java.util.List;

/** Everything the emulator keeps, at one moment: what its data file holds. */
public record EmulatorState(long clockOffsetMillis, List<ProductState> products, List<CustomerState> customers,
                            List<CheckoutState> checkouts, List<OrderState> orders, List<RefundState> refunds,
                            List<SubscriptionState> subscriptions, List<DisputeState> disputes,
                            List<EndpointState> endpoints, List<WebhookEventState> events,
                            List<DeliveryState> deliveries, List<CustomerSessionState> sessions) {

    public EmulatorState {
        products = copy(products);
        customers = copy(customers);
        checkouts = copy(checkouts);
        orders = copy(orders);
        refunds = copy(refunds);
        subscriptions = copy(subscriptions);
        disputes = copy(disputes);
        endpoints = copy(endpoints);
        events = copy(events);
        deliveries = copy(deliveries);
        sessions = copy(sessions);
    }

    /** A fresh state selling {@code products} and holding nothing else. */
    public static EmulatorState seeded(List<ProductState> products) {
        return new EmulatorState(0, products, null, null, null, null, null, null, null, null, null, null);
    }

    private static <T> List<T> copy(List<T> rows) {
        return rows == null ? List.of() : List.copyOf(rows);
    }
}
