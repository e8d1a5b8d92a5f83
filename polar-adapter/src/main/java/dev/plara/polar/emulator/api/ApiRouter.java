package dev.plara.polar.emulator.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.http.Params;
import dev.plara.polar.emulator.http.Responses;
import dev.plara.polar.emulator.json.JsonNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Serves Polar's {@code /v1} API from a route table: the bearer token first (401 {@code invalid_token}), then the
 * route (404), its scope (403 {@code insufficient_scope}), path ids that must be UUIDs (422), and the answer.
 */
public final class ApiRouter implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRouter.class);

    private final String accessToken;
    private final Set<String> scopes;
    private final ApiRoutes routes;

    public ApiRouter(String accessToken, Set<String> scopes, ApiRoutes routes) {
        this.accessToken = accessToken;
        this.scopes = Set.copyOf(scopes);
        this.routes = routes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                ApiResponse response = answer(exchange);
                Responses.json(exchange, response.status(), response.body());
            } catch (ApiError refusal) {
                if (refusal.status() == 403 && "insufficient_scope".equals(refusal.body().path("error").asText())) {
                    exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
                }
                Responses.json(exchange, refusal.status(), refusal.body());
            } catch (RuntimeException bug) {
                LOG.error("Emulator failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), bug);
                Responses.json(exchange, 500, JsonNodes.object().put("error", "InternalServerError")
                        .put("detail", String.valueOf(bug.getMessage())));
            }
        }
    }

    private ApiResponse answer(HttpExchange exchange) {
        if (!("Bearer " + accessToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            throw ApiError.invalidToken();
        }
        String path = exchange.getRequestURI().getPath();
        ApiRoutes.Matched matched = routes.find(exchange.getRequestMethod(), path).orElse(null);
        if (matched == null) {
            return new ApiResponse(404, JsonNodes.object().put("detail", "Not Found"));
        }
        if (!matched.route().allowedFor(scopes)) {
            throw ApiError.insufficientScope();
        }
        String id = matched.path().get("id");
        if (id != null) {
            checkUuid(id);
        }
        return matched.route().handler().handle(new ApiRequest(matched.path(),
                Params.parse(exchange.getRequestURI().getRawQuery()), () -> body(exchange)));
    }

    private static byte[] body(HttpExchange exchange) {
        try {
            return exchange.getRequestBody().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polar's ids are UUIDs; anything else is a 422 before any lookup. */
    private static void checkUuid(String id) {
        boolean valid;
        try {
            valid = UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            valid = false;
        }
        if (!valid) {
            throw ApiError.invalid(List.of("path", "id"), "Input should be a valid UUID", "uuid_parsing", id);
        }
    }
}
