package dev.plara.http.api;

import dev.plara.http.web.Access;
import dev.plara.http.web.Resources;
import io.javalin.config.RoutesConfig;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 description of Plara's REST API, kept beside the handlers it describes and
 * checked against the routes they register by a test, so neither can change without the other.
 */
public final class OpenApiHandler {

    /** Where the description is kept on the classpath. */
    public static final String RESOURCE = "/dev/plara/http/openapi.json";

    private final byte[] document = read();

    public void register(RoutesConfig routes) {
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document), Access.NO_SESSION);
    }

    /** The description as served. */
    public static byte[] read() {
        return Resources.bytes(RESOURCE);
    }
}
