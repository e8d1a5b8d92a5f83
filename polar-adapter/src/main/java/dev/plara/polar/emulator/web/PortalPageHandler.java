package dev.plara.polar.emulator.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.http.Params;
import dev.plara.polar.emulator.http.Responses;
import dev.plara.polar.emulator.service.CustomerSessions;
import dev.plara.polar.emulator.service.PlanChanges;
import dev.plara.polar.emulator.service.SubscriptionChanges;
import dev.plara.polar.emulator.state.CustomerSessionState;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.ProductState;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Serves the customer portal at {@code /portal?customer_session_token=...}: GET lists the session's customer's
 * subscriptions; POST {@code /portal/subscriptions/{id}/cancel|uncancel|change} acts as the customer (a plan change
 * with the organization's default proration) and comes back to the list (303) saying what happened.
 */
public final class PortalPageHandler implements HttpHandler {

    private final EmulatorStore store;
    private final CustomerSessions sessions;
    private final SubscriptionChanges changes;
    private final PlanChanges plans;

    public PortalPageHandler(EmulatorStore store, CustomerSessions sessions, SubscriptionChanges changes,
                             PlanChanges plans) {
        this.store = store;
        this.sessions = sessions;
        this.changes = changes;
        this.plans = plans;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean post = "POST".equals(exchange.getRequestMethod());
            Params params = post ? Params.parse(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)) : Params.parse(exchange.getRequestURI().getRawQuery());
            String token = params.first("customer_session_token");
            Optional<CustomerSessionState> session = sessions.valid(token);
            if (session.isEmpty()) {
                Responses.html(exchange, 401, PortalPage.expired());
                return;
            }
            if (post) {
                String done = act(session.get(), exchange.getRequestURI().getPath().split("/"), params);
                Responses.redirect(exchange, "/portal?customer_session_token=" + encode(token) + "&message="
                        + encode(done));
                return;
            }
            Responses.html(exchange, 200, page(session.get(), params.first("message")));
        }
    }

    /** What the customer asked for, done, in words; or why it was refused. */
    private String act(CustomerSessionState session, String[] path, Params form) {
        String id = path.length == 5 ? path[3] : "";
        boolean owned = store.subscriptions().find(id).filter(s -> s.customerId().equals(session.customerId()))
                .isPresent();
        if (!owned) {
            return "That subscription is not yours.";
        }
        try {
            return switch (path[4]) {
                case "cancel" -> "Your subscription will end on "
                        + changes.cancel(id).cancellation().endsAt() + ".";
                case "uncancel" -> "Your subscription will renew on " + changes.uncancel(id).period().end() + ".";
                case "change" -> "Your plan is now " + productName(plans.change(id, form.first("product_id"), null)
                        .productId()) + ".";
                default -> "Unknown action.";
            };
        } catch (ApiError refused) {
            return refused.message();
        }
    }

    private String page(CustomerSessionState session, String message) {
        List<PortalPage.Row> rows = store.subscriptions().where(subscription ->
                        subscription.customerId().equals(session.customerId()) && subscription.startedAt() != null)
                .stream().map(subscription -> new PortalPage.Row(subscription, store.products()
                        .find(subscription.productId()).orElseThrow())).toList();
        List<ProductState> recurring = store.products().where(product -> product.recurring() && !product.archived()
                && !product.price().custom());
        return PortalPage.page(session.token(), session.returnUrl(), rows, recurring, message);
    }

    private String productName(String productId) {
        return store.products().find(productId).map(ProductState::name).orElse(productId);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
