package dev.plara.http;

import java.util.List;

/** Every route that needs a signed-in user, and every admin route, with a body each would accept. */
final class ApiRoutes {

    record Route(String method, String path, String json) {
    }

    static final List<Route> SIGNED_IN = List.of(
            new Route("GET", "/api/me", null),
            new Route("GET", "/api/wallet", null),
            new Route("GET", "/api/wallet/transactions", null),
            new Route("GET", "/api/notifications", null),
            new Route("POST", "/api/notifications/n-1/read", null),
            new Route("POST", "/api/deposits/card", "{\"amount\":1000,\"currency\":\"USD\"}"),
            new Route("POST", "/api/deposits/bank", null),
            new Route("GET", "/api/deposits", null),
            new Route("GET", "/api/admin/deposits/id-1/receipt", null),
            new Route("POST", "/api/purchases", "{\"item_id\":\"video-intro\"}"),
            new Route("GET", "/api/grants", null),
            new Route("GET", "/api/access/video-intro", null),
            new Route("GET", "/media/video-intro", null));

    static final List<Route> ADMIN = List.of(
            new Route("GET", "/api/admin/deposits?status=pending", null),
            new Route("POST", "/api/admin/deposits/id-1/approve", null),
            new Route("POST", "/api/admin/deposits/id-1/reject", "{\"reason\":\"blurry\"}"),
            new Route("GET", "/api/admin/unmatched-payments?waiting=true", null),
            new Route("POST", "/api/admin/unmatched-payments/ord-1/assign", "{\"user_id\":\"bob\",\"note\":\"n\"}"),
            new Route("GET", "/api/admin/audit", null),
            new Route("POST", "/api/admin/refunds",
                    "{\"order_id\":\"ord-1\",\"amount\":100,\"currency\":\"USD\",\"reason\":\"r\"}"),
            new Route("POST", "/api/admin/reconciliation", null),
            new Route("GET", "/api/admin/reconciliation", null),
            new Route("GET", "/api/admin/webhooks?status=pending", null),
            new Route("GET", "/api/admin/outbox", null));

    private ApiRoutes() {
    }

    /** The call for {@code route}, with its JSON body if it has one. */
    static Call call(TestServer api, Route route) {
        var call = api.call(route.method(), route.path());
        return route.json() == null ? call : call.json(route.json());
    }
}
