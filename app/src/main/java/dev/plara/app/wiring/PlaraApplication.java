package dev.plara.app.wiring;

import dev.plara.app.StoreConnection;
import dev.plara.app.config.AppConfig;
import dev.plara.app.senders.Notifiers;
import dev.plara.http.DemoSignIn;
import dev.plara.http.HttpSettings;
import dev.plara.http.JwtAuthenticator;
import dev.plara.http.PlaraServer;
import dev.plara.http.RequestScope;
import dev.plara.http.ServerUseCases;
import dev.plara.wallet.core.service.WalletSettings;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Plara started: the store and Polar (or its emulator) opened side by side, since neither needs the other, while the
 * HTTP stack's classes are initialized on a thread of their own; then the services wired by hand ({@link Wiring}), the
 * HTTP server configured while the demo data and the start-up repairs are written, then started (so that it answers,
 * {@code /health} included, only once the store can serve), and the background jobs; closed in reverse.
 */
public final class PlaraApplication implements AutoCloseable {

    /** In demo mode, the emulator's state directory inside the store's data directory. */
    static final String EMULATOR_DATA = "polar-emulator";

    private final AppConfig config;
    private final StoreConnection store;
    private final PolarConnection polar;
    private final Wiring wiring;
    private final DemoSignIn demo;
    private final PlaraServer server;
    private final JobRunner jobs;

    private PlaraApplication(AppConfig config, Clock clock, StartedResources started) {
        this.config = config;
        var httpStack = new Thread(PlaraServer::initializeHttpStack, "plara-http-init");
        httpStack.setDaemon(true);
        httpStack.start();
        var polarOpening = started.addOpening(CompletableFuture.supplyAsync(
                () -> new PolarConnection(config.setup(), config.store().dataDir().resolve(EMULATOR_DATA), clock)));
        this.store = started.add(new StoreConnection(config.store()));
        this.polar = StartedResources.opened(polarOpening);
        var settings = new WalletSettings(polar.topUpProductId(), config.wallet().cardDeposits(),
                config.wallet().currencies(), config.wallet().bankDeposits());
        var notifiers = new Notifiers(config.notifiers());
        this.wiring = new Wiring(store.stores(), polar.provider(), settings, config.wallet().subscriptionAccess(),
                notifiers.senders(), clock, new UuidIds());
        this.demo = config.demo() ? new DemoSignIn(DemoData.USERS,
                config.server().jwt().demoSecret().getBytes(StandardCharsets.UTF_8), clock) : null;
        var serverConfiguring = CompletableFuture.supplyAsync(() -> configureServer(clock));
        if (demo != null) {
            seedDemo();
        }
        wiring.migrateEntitlements().migrate();
        wiring.sweep().sweep();
        this.server = started.add(StartedResources.opened(serverConfiguring).start());
        polar.registerWebhookEndpoint(URI.create("http://127.0.0.1:" + server.port()));
        var holder = "server-" + new UuidIds().newId();
        this.jobs = started.add(JobSchedule.schedule(wiring, store.stores(), config.jobs(), holder));
    }

    /** The HTTP server's routes and handlers, configured while the demo data and the start-up repairs are written. */
    private PlaraServer.Configured configureServer(Clock clock) {
        var http = HttpSettings.defaults(config.server().port(), config.server().publicBaseUrl())
                .withCorsOrigins(config.server().corsOrigins())
                .withRequestScope(RequestScope.of(store.rounds()::enter, store.rounds()::leave));
        var readiness = List.of(store.readiness(), polar.readiness(clock));
        var authenticator = new JwtAuthenticator(config.server().jwt().settings(), clock);
        return PlaraServer.configure(http, wiring.serverUseCases(), authenticator, readiness, demo);
    }

    /** Starts everything, or closes what had started and rethrows. */
    public static PlaraApplication start(AppConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** Starts everything on {@code clock} (tests move it to see plans lapse), or closes what had started and rethrows. */
    public static PlaraApplication start(AppConfig config, Clock clock) {
        // Logging started here, before the threads that open things beside each other: SLF4J would otherwise hold back
        // what one logs while another starts it, and print a warning as it replays them.
        LoggerFactory.getILoggerFactory();
        var started = new StartedResources();
        try {
            return new PlaraApplication(config, clock, started);
        } catch (RuntimeException failure) {
            started.close();
            throw failure;
        }
    }

    /** The use cases the server offers, for tests to look at what it did. */
    public ServerUseCases useCases() {
        return wiring.serverUseCases();
    }

    public PolarConnection polar() {
        return polar;
    }

    public DemoSignIn demo() {
        return demo;
    }

    /** Where this process serves, on loopback. */
    public URI localUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    public String banner() {
        return String.join(System.lineSeparator(),
                "Plara is running in " + (config.demo() ? "DEMO mode (no Polar account needed)" : "production mode"),
                "  store:  " + store.describe(),
                "  Polar:  " + polar.describe(),
                "  notify: " + new Notifiers(config.notifiers()).describe(),
                "  sign-in: " + config.server().jwt(),
                "  open:   " + (config.server().port() == 0 ? localUrl() : config.server().publicBaseUrl())
                        + (config.demo() ? "/signin" : ""));
    }

    private void seedDemo() {
        DemoData.CATALOG.forEach(item -> store.stores().catalog().save(item));
        DemoData.USERS.forEach(user -> wiring.rememberUser().remember(user.profile()));
    }

    @Override
    public void close() {
        jobs.close();
        server.close();
        polar.close();
        store.close();
    }
}
