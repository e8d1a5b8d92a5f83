package dev.plara.polar.emulator.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table of routes an HTTP handler serves, filled by each resource's routes. */
public final class ApiRoutes {

    private final List<Route> routes = new ArrayList<>();

    /** A read: allowed by {@code scope:read} or {@code scope:write}. */
    public ApiRoutes get(String template, String scope, Route.Handler handler) {
        return add(new Route("GET", template, scope, false, handler));
    }

    public ApiRoutes post(String template, String scope, Route.Handler handler) {
        return add(new Route("POST", template, scope, true, handler));
    }

    public ApiRoutes patch(String template, String scope, Route.Handler handler) {
        return add(new Route("PATCH", template, scope, true, handler));
    }

    public ApiRoutes delete(String template, String scope, Route.Handler handler) {
        return add(new Route("DELETE", template, scope, true, handler));
    }

    private ApiRoutes add(Route route) {
        routes.add(route);
        return this;
    }

    /** The route for this call and the values of its path, else empty. */
    public Optional<Matched> find(String method, String path) {
        for (Route route : routes) {
            Optional<Map<String, String>> values = route.match(method, path);
            if (values.isPresent()) {
                return Optional.of(new Matched(route, values.get()));
            }
        }
        return Optional.empty();
    }

    /** A route and the path values it matched. */
    public record Matched(Route route, Map<String, String> path) {
    }
}
