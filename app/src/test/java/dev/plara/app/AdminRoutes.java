package dev.plara.app;

import java.net.http.HttpRequest;
import java.util.List;

/** Every admin route of the server, each with a body it would accept, naming real deposits and orders. */
record AdminRoutes(String method, String path, String json) {

    static List<AdminRoutes> all(String depositId, String orderId) {
        return List.of(
                new AdminRoutes("GET", "/api/admin/deposits?status=pending", null),
                new AdminRoutes("POST", "/api/admin/deposits/" + depositId + "/approve", null),
                new AdminRoutes("POST", "/api/admin/deposits/" + depositId + "/reject", "{\"reason\":\"blurry\"}"),
                new AdminRoutes("GET", "/api/admin/unmatched-payments?waiting=true", null),
                new AdminRoutes("POST", "/api/admin/unmatched-payments/" + orderId + "/assign",
                        "{\"user_id\":\"bob\",\"note\":\"mine now\"}"),
                new AdminRoutes("GET", "/api/admin/audit", null),
                new AdminRoutes("GET", "/api/admin/paid-twice", null),
                new AdminRoutes("POST", "/api/admin/refunds", "{\"order_id\":\"" + orderId
                        + "\",\"amount\":100,\"currency\":\"USD\",\"reason\":\"customer_request\"}"),
                new AdminRoutes("POST", "/api/admin/reconciliation", null),
                new AdminRoutes("GET", "/api/admin/reconciliation", null),
                new AdminRoutes("GET", "/api/admin/webhooks?status=pending", null),
                new AdminRoutes("GET", "/api/admin/outbox", null));
    }

    HttpRequest.Builder request(HttpCalls server, String token) {
        var body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        return server.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").method(method, body);
    }
}
