package dev.plara.http.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.Set;

/**
 * CORS for an allowlist of exact origins: a listed origin gets its own origin echoed with credentials allowed; any
 * other origin gets no CORS headers (browsers then hide the response), and its preflight is refused. Never {@code *}.
 */
public final class Cors {

    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-CSRF-Token, X-Request-Id";
    private static final String EXPOSED_HEADERS = "X-Request-Id, Retry-After";

    private final Set<String> origins;

    public Cors(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** A before-handler for every path; answers preflights itself. */
    public void apply(Context ctx) {
        var origin = ctx.header("Origin");
        var allowed = origin != null && origins.contains(origin);
        ctx.header("Vary", "Origin");
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Allow-Credentials", "true");
            ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        if (ctx.method() == HandlerType.OPTIONS && origin != null
                && ctx.header("Access-Control-Request-Method") != null) {
            if (!allowed) {
                throw ProblemType.ORIGIN_NOT_ALLOWED.exception("origin " + origin + " may not call this API");
            }
            ctx.header("Access-Control-Allow-Methods", "GET, POST");
            ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
            ctx.skipRemainingHandlers();
        }
    }
}
