package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** {@code GET /v1/orders/} filters: status, customer_id, external_customer_id, checkout_id, created_after; newest first. */
final class OrderListing {

    private final EmulatorStore store;
    private final Views views;

    OrderListing(EmulatorStore store, Views views) {
        this.store = store;
        this.views = views;
    }

    List<ObjectNode> list(Map<String, List<String>> query) {
        Predicate<OrderState> filter = matches(query, "status", OrderState::status)
                .and(matches(query, "customer_id", OrderState::customerId))
                .and(matches(query, "checkout_id", OrderState::checkoutId))
                .and(matches(query, "external_customer_id", order -> store.customer(order.customerId()).externalId()))
                .and(createdAfter(Exchanges.first(query, "created_after")));
        return store.orders().stream()
                .filter(filter)
                .sorted(Comparator.comparing(OrderState::createdAt).reversed())
                .map(views::order)
                .toList();
    }

    private static Predicate<OrderState> matches(Map<String, List<String>> query, String name,
                                                 Function<OrderState, String> field) {
        List<String> wanted = query.get(name);
        return order -> wanted == null || wanted.contains(field.apply(order));
    }

    private static Predicate<OrderState> createdAfter(String raw) {
        if (raw == null) {
            return order -> true;
        }
        try {
            Instant after = Instant.parse(raw);
            return order -> order.createdAt().isAfter(after);
        } catch (DateTimeParseException e) {
            throw ApiError.invalid(List.of("query", "created_after"), "Input should be a valid datetime",
                    "datetime_from_date_parsing", raw);
        }
    }
}
