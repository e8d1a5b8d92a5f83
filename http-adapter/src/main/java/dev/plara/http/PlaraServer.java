package dev.plara.http;

import io.javalin.Javalin;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Plara's HTTP server: the web pages, the REST API, the webhook endpoint and (in demo mode) the demo sign-in, on
 * Javalin. Start it with {@link #start}; {@link #close()} stops taking requests and lets those in flight finish, up to
 * the drain timeout.
 */
public final class PlaraServer implements AutoCloseable {

    private static final long IDLE_CLOSE_MILLIS = 100;

    private final Javalin javalin;
    private final int port;
    private final List<String> routes;

    private PlaraServer(Javalin javalin, List<String> routes) {
        this.javalin = javalin;
        this.port = javalin.port();
        this.routes = List.copyOf(routes);
    }

    /**
     * Starts the server and returns once it listens.
     *
     * @param useCases  the core's use cases the server calls
     * @param readiness what {@code /health/ready} checks (the store, Polar)
     * @param demo      the demo sign-in, or {@code null} outside demo mode (then {@code /signin} does not exist)
     */
    public static PlaraServer start(HttpSettings settings, ServerUseCases useCases, Authenticator authenticator,
                                    List<ReadinessCheck> readiness, DemoSignIn demo) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(useCases, "use cases");
        Objects.requireNonNull(authenticator, "authenticator");
        var routes = new ServerRoutes(settings, useCases, authenticator, List.copyOf(readiness), demo);
        var registered = new ArrayList<String>();
        var javalin = Javalin.create(config -> {
            config.events.handlerAdded(handler -> {
                if (handler.getHttpMethod().isHttpMethod()) {
                    registered.add(handler.getHttpMethod() + " " + handler.getPath());
                }
            });
            config.startup.showJavalinBanner = false;
            config.jetty.port = settings.port();
            config.jetty.modifyServer(server -> {
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(settings.drainTimeout().toMillis());
            });
            routes.configure(config);
        });
        return new PlaraServer(javalin.start(), registered);
    }

    /** Every route it answers, as {@code METHOD /path} with Javalin's {@code {param}} placeholders. */
    public List<String> routes() {
        return routes;
    }

    /** The port the server listens on (the one it was given, or the free one it picked for 0). */
    public int port() {
        return port;
    }

    /** Where this server listens locally ({@code http://localhost:<port>}); browsers use the public base url. */
    public URI baseUrl() {
        return URI.create("http://localhost:" + port());
    }

    /**
     * Stops gracefully: no new requests, in-flight ones finish within the drain timeout, idle keep-alive connections
     * are closed after {@value #IDLE_CLOSE_MILLIS} ms instead of Jetty's default second.
     */
    @Override
    public void close() {
        for (var connector : javalin.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector closable) {
                closable.setShutdownIdleTimeout(IDLE_CLOSE_MILLIS);
            }
        }
        javalin.stop();
    }
}
