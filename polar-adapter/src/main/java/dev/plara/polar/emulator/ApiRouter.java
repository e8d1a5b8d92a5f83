package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Polar's {@code /v1} API subset: bearer auth, then products, checkouts, orders and refunds in Polar's shapes. */
final class ApiRouter implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRouter.class);

    private final String accessToken;
    private final EmulatorStore store;
    private final Views views;
    private final CheckoutCreation checkouts;
    private final OrderListing orders;
    private final RefundDesk refunds;
    private final BooleanSupplier refundAnswersLost;

    ApiRouter(String accessToken, EmulatorStore store, Views views, CheckoutCreation checkouts, RefundDesk refunds,
              BooleanSupplier refundAnswersLost) {
        this.accessToken = accessToken;
        this.store = store;
        this.views = views;
        this.checkouts = checkouts;
        this.orders = new OrderListing(store, views);
        this.refunds = refunds;
        this.refundAnswersLost = refundAnswersLost;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                if (!("Bearer " + accessToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    throw ApiError.invalidToken();
                }
                route(exchange);
            } catch (ApiError refusal) {
                Exchanges.json(exchange, refusal.status(), refusal.body());
            } catch (RuntimeException bug) {
                LOG.error("Emulator failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), bug);
                Exchanges.json(exchange, 500, JsonNodes.object().put("error", "InternalServerError")
                        .put("detail", String.valueOf(bug.getMessage())));
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Map<String, List<String>> query = Exchanges.params(exchange.getRequestURI().getRawQuery());
        String[] parts = path.split("/");
        String collection = parts.length > 2 ? parts[2] : "";
        String id = parts.length > 3 ? parts[3] : null;
        switch (method + " " + collection + (id == null ? "/" : "/{id}")) {
            case "GET products/" -> Exchanges.json(exchange, 200, Paging.page(products(query), query));
            case "POST checkouts/" -> created(exchange, checkouts.create(Exchanges.readJson(exchange)));
            case "GET checkouts/{id}" -> Exchanges.json(exchange, 200,
                    views.checkout(store.checkout(uuid(id)).orElseThrow(ApiError::notFound)));
            case "GET orders/" -> Exchanges.json(exchange, 200, Paging.page(orders.list(query), query));
            case "GET orders/{id}" -> Exchanges.json(exchange, 200,
                    views.order(store.order(uuid(id)).orElseThrow(ApiError::notFound)));
            case "POST refunds/" -> refunded(exchange, refunds.refund(Exchanges.readJson(exchange)));
            case "GET refunds/" -> Exchanges.json(exchange, 200,
                    Paging.page(refunds.list(Exchanges.first(query, "order_id"), Exchanges.first(query, "succeeded"),
                            Exchanges.first(query, "sorting")), query));
            default -> Exchanges.json(exchange, 404, JsonNodes.object().put("detail", "Not Found"));
        }
    }

    /** The new refund, or when answers are set to be lost, a 503 though the refund was made and announced. */
    private void refunded(HttpExchange exchange, RefundState refund) throws IOException {
        if (refundAnswersLost.getAsBoolean()) {
            throw ApiError.of(503, "ServiceUnavailable", "The service is temporarily unavailable.");
        }
        Exchanges.json(exchange, 201, views.refund(refund));
    }

    private void created(HttpExchange exchange, CheckoutState checkout) throws IOException {
        store.save(checkout);
        Exchanges.json(exchange, 201, views.checkout(checkout));
    }

    private List<ObjectNode> products(Map<String, List<String>> query) {
        String archived = Exchanges.first(query, "is_archived");
        return store.seed().products().stream()
                .filter(product -> !"true".equals(archived))
                .map(views::product)
                .toList();
    }

    /** Polar's ids are UUIDs; anything else is a 422 before any lookup. */
    private static String uuid(String id) {
        try {
            return UUID.fromString(id).toString().equals(id) ? id : failUuid(id);
        } catch (IllegalArgumentException e) {
            return failUuid(id);
        }
    }

    private static String failUuid(String id) {
        throw ApiError.invalid(List.of("path", "id"), "Input should be a valid UUID", "uuid_parsing", id);
    }
}
