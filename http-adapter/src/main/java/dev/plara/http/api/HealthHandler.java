package dev.plara.http.api;

import dev.plara.http.ReadinessCheck;
import dev.plara.http.web.Access;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /health} (alive), {@code GET /health/ready}, and {@link #root} (what runs here, with links), which the
 * pages serve at {@code GET /} to clients that are not browsers.
 */
public final class HealthHandler {

    private final List<ReadinessCheck> checks;
    private final boolean demo;

    public HealthHandler(List<ReadinessCheck> checks, boolean demo) {
        this.checks = List.copyOf(checks);
        this.demo = demo;
    }

    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> ctx.json(Map.of("status", "alive")), Access.NO_SESSION);
        routes.get("/health/ready", this::ready, Access.NO_SESSION);
    }

    /** What runs here, as JSON. */
    public void root(Context ctx) {
        var links = new LinkedHashMap<String, String>();
        links.put("health", "/health");
        links.put("ready", "/health/ready");
        links.put("products", "/api/products");
        links.put("catalog", "/api/catalog");
        if (demo) {
            links.put("sign_in", "/signin");
        }
        ctx.json(new RootView("Plara", "Plara is running", links));
    }

    /** What runs here, with links to start from. */
    record RootView(String name, String status, Map<String, String> links) {
    }

    private void ready(Context ctx) {
        var results = checks.stream().map(CheckView::of).toList();
        var ready = results.stream().allMatch(CheckView::ready);
        ctx.status(ready ? 200 : 503).json(new ReadinessView(ready ? "ready" : "not_ready", results));
    }

    /** The readiness answer: overall, then each check. */
    record ReadinessView(String status, List<CheckView> checks) {
    }

    /** One check's answer; a check that throws is not ready. */
    record CheckView(String name, boolean ready) {
        static CheckView of(ReadinessCheck check) {
            try {
                return new CheckView(check.name(), check.ready());
            } catch (RuntimeException failed) {
                return new CheckView(check.name(), false);
            }
        }
    }
}
