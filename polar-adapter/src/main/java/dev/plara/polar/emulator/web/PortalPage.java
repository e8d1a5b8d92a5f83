package dev.plara.polar.emulator.web;

import dev.plara.polar.emulator.state.ProductState;
import dev.plara.polar.emulator.state.SubscriptionState;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The customer portal of one customer: each subscription with its status and period, and the buttons Polar's portal
 * offers for it: cancel at the end of the period, keep it (uncancel), or change to another plan.
 */
final class PortalPage {

    private PortalPage() {
    }

    static String page(String token, String returnUrl, List<Row> rows, List<ProductState> plans, String message) {
        String alert = message == null ? ""
                : "<p id=\"message\" role=\"alert\">" + Pages.escape(message) + "</p>";
        String back = returnUrl == null ? ""
                : "<p><a id=\"back\" href=\"" + Pages.escape(returnUrl) + "\">Back</a></p>";
        String list = rows.isEmpty() ? "<p>You have no subscriptions.</p>"
                : rows.stream().map(row -> subscription(token, row, plans)).collect(Collectors.joining());
        return Pages.page("Customer portal", "<main><h1>Your subscriptions</h1>" + alert + list + back + "</main>");
    }

    static String expired() {
        return Pages.page("Link expired", "<main><h1>This link has expired</h1><p>The portal link is no longer "
                + "valid. Open the portal again from the site you bought from.</p></main>");
    }

    private static String subscription(String token, Row row, List<ProductState> plans) {
        SubscriptionState subscription = row.subscription();
        String id = Pages.escape(subscription.id());
        StringBuilder html = new StringBuilder("<article id=\"subscription-" + id + "\"><h2>"
                + Pages.escape(row.product().name()) + "</h2><p>"
                + Pages.money(subscription.amount(), subscription.currency()) + " per "
                + Pages.escape(subscription.recurringInterval()) + ". Status: <span class=\"status\">"
                + Pages.escape(subscription.status()) + "</span>.</p>");
        html.append("<p class=\"period\">").append(period(subscription)).append("</p>");
        if (subscription.billable() && subscription.cancellation().endedAt() == null) {
            html.append(subscription.cancellation().atPeriodEnd()
                    ? button(token, id, "uncancel", "Keep my subscription")
                    : button(token, id, "cancel", "Cancel at the end of the period") + planChoice(token, row, plans));
        }
        return html.append("</article>").toString();
    }

    private static String period(SubscriptionState subscription) {
        if (subscription.cancellation().endedAt() != null) {
            return "Ended on " + Pages.escape(subscription.cancellation().endedAt().toString()) + ".";
        }
        if (subscription.cancellation().atPeriodEnd()) {
            return "Ends on " + Pages.escape(String.valueOf(subscription.cancellation().endsAt())) + ".";
        }
        return "Renews on " + Pages.escape(subscription.period().end().toString()) + ".";
    }

    private static String button(String token, String id, String action, String label) {
        return "<form method=\"post\" action=\"/portal/subscriptions/" + id + "/" + action + "\">"
                + hidden(token) + "<button type=\"submit\" class=\"" + action + "\">" + label + "</button></form>";
    }

    private static String planChoice(String token, Row row, List<ProductState> plans) {
        String options = plans.stream().filter(plan -> !plan.id().equals(row.product().id()))
                .map(plan -> "<option value=\"" + Pages.escape(plan.id()) + "\">" + Pages.escape(plan.name())
                        + " (" + Pages.money(plan.price().priceAmount(), plan.price().priceCurrency()) + ")</option>")
                .collect(Collectors.joining());
        if (options.isEmpty()) {
            return "";
        }
        String id = Pages.escape(row.subscription().id());
        return "<form method=\"post\" action=\"/portal/subscriptions/" + id + "/change\">" + hidden(token)
                + "<label for=\"plan-" + id + "\">Change plan</label><select id=\"plan-" + id
                + "\" name=\"product_id\">" + options + "</select><button type=\"submit\" class=\"change\">"
                + "Change plan</button></form>";
    }

    private static String hidden(String token) {
        return "<input type=\"hidden\" name=\"customer_session_token\" value=\"" + Pages.escape(token) + "\">";
    }

    /** A subscription and its product. */
    record Row(SubscriptionState subscription, ProductState product) {
    }
}
