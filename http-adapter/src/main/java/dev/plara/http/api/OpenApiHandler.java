package dev.plara.http.api;

import dev.plara.http.web.Access;
import io.javalin.config.RoutesConfig;

import java.io.IOException;
import java.io.UncheckedIOException;

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
        try (var in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
