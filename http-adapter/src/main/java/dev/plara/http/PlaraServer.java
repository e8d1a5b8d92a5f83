package dev.plara.http;

import dev.plara.http.web.ScopeFilter;
import io.javalin.Javalin;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
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
        return configure(settings, useCases, authenticator, readiness, demo).start();
    }

    /**
     * Configures the server (its filters, handlers and routes) without listening yet, so that a caller can do this
     * while it finishes what the server needs before it serves, then {@linkplain Configured#start start} it.
     */
    public static Configured configure(HttpSettings settings, ServerUseCases useCases, Authenticator authenticator,
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
            var scope = new FilterHolder(new ScopeFilter(settings.requestScope()));
            config.jetty.modifyServletContextHandler(context -> context.addFilter(scope, "/*",
                    EnumSet.of(DispatcherType.REQUEST)));
            config.jetty.modifyServer(server -> {
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(settings.drainTimeout().toMillis());
            });
            routes.configure(config);
        });
        return new Configured(javalin, registered);
    }

    /**
     * Initializes the classes of the HTTP stack that its first start would (Jetty's MIME type tables, which list every
     * locale the JVM knows, and its thread pool's), so that a caller can have it done on a thread of its own while it
     * opens other things. Starting without it is only slower.
     */
    public static void initializeHttpStack() {
        new Server().getThreadPool();
    }

    /** A server configured by {@link #configure}, not listening yet. */
    public static final class Configured {

        private final Javalin javalin;
        private final List<String> routes;

        private Configured(Javalin javalin, List<String> routes) {
            this.javalin = javalin;
            this.routes = routes;
        }

        /** Starts listening and returns once it does. */
        public PlaraServer start() {
            return new PlaraServer(javalin.start(), routes);
        }
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
