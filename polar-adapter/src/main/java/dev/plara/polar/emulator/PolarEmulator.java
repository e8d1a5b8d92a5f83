package dev.plara.polar.emulator;

import com.sun.net.httpserver.HttpServer;
import dev.plara.polar.emulator.api.ApiRouter;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.service.Seed;
import dev.plara.polar.emulator.state.EmulatorClock;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.StateFile;
import dev.plara.polar.emulator.state.StateStorage;
import dev.plara.polar.emulator.web.CheckoutPageHandler;
import dev.plara.polar.emulator.web.PortalPageHandler;
import dev.plara.polar.webhook.KeyDerivation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local stand-in for Polar on the JDK HTTP server: Polar's API in its own shapes ({@code /v1}), a hosted checkout
 * page with test cards, a customer portal, webhook delivery as Polar does it, and a control API ({@code /_emulator},
 * {@link EmulatorControls}) for faults, time, settlement, disputes and subscription lifecycles. Its state lives in
 * memory, or in a data directory that survives restarts. Start one per test or for demo mode; close it to stop its
 * threads.
 */
public final class PolarEmulator implements AutoCloseable {

    private final EmulatorConfig config;
    private final HttpServer server;
    private final ExecutorService requests;
    private final WebhookDispatcher dispatcher;
    private final EmulatorControls controls;
    private final String topUpProductId;

    private PolarEmulator(EmulatorConfig config, HttpServer server) {
        this.config = config;
        this.server = server;
        Seed seed = Seed.defaults();
        this.topUpProductId = seed.topUpProductId();
        EmulatorStore store = store(config, seed);
        this.dispatcher = new WebhookDispatcher(store, config.webhookBackoffScale());
        AtomicReference<WebhookFaults> faults = new AtomicReference<>(WebhookFaults.none());
        AtomicBoolean refundAnswersLost = new AtomicBoolean();
        EmulatorServices services = new EmulatorServices(store, new JsonRenderer(store, baseUrl(),
                seed.organizationId()), config.tax(), new WebhookPublisher(store, dispatcher, faults::get));
        this.controls = new EmulatorControls(services, dispatcher, faults, refundAnswersLost);
        server.createContext("/v1/", new ApiRouter(config.accessToken(), config.tokenScopes(),
                services.routes(refundAnswersLost::get, dispatcher::redeliver)));
        server.createContext("/checkout/", new CheckoutPageHandler(store, services.payments));
        server.createContext("/portal", new PortalPageHandler(store, services.sessions, services.changes,
                services.plans));
        server.createContext("/_emulator/", new ControlHandler(controls));
        this.requests = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "polar-emulator-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(requests);
    }

    /** The state kept in the data directory, or in memory; from the seed when nothing was kept. */
    private static EmulatorStore store(EmulatorConfig config, Seed seed) {
        EmulatorClock clock = new EmulatorClock(config.clock());
        StateStorage storage = config.dataDirectory() == null ? StateStorage.IN_MEMORY
                : new StateFile(config.dataDirectory());
        return new EmulatorStore(storage, clock, seed.productsAt(clock.instant()));
    }

    /** Starts an emulator on 127.0.0.1 at the configured port. */
    public static PolarEmulator start(EmulatorConfig config) {
        try {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 0);
            PolarEmulator emulator = new PolarEmulator(config, server);
            server.start();
            return emulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Polar emulator on port " + config.port(), e);
        }
    }

    /** The base URL to give the Polar client, such as {@code http://127.0.0.1:8081}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    public String accessToken() {
        return config.accessToken();
    }

    /** The seeded wallet top-up product (a custom price). */
    public String topUpProductId() {
        return topUpProductId;
    }

    /** What tests and demos can make the emulator do. */
    public EmulatorControls controls() {
        return controls;
    }

    /** Sends every later event to {@code url}, signed with {@code secret} under {@code derivation}; returns its id. */
    public String registerWebhook(URI url, String secret, KeyDerivation derivation) {
        return controls.registerWebhook(url, secret, derivation);
    }

    public void setWebhookFaults(WebhookFaults value) {
        controls.setWebhookFaults(value);
    }

    public WebhookFaults webhookFaults() {
        return controls.webhookFaults();
    }

    /** See {@link EmulatorControls#setRefundAnswersLost}. */
    public void setRefundAnswersLost(boolean lost) {
        controls.setRefundAnswersLost(lost);
    }

    /** Every delivery attempt so far, oldest first. */
    public List<DeliveryAttempt> deliveries() {
        return controls.deliveries();
    }

    /** Stops serving and delivering; pending retries are dropped. */
    @Override
    public void close() {
        server.stop(0);
        requests.shutdownNow();
        dispatcher.close();
    }

    /**
     * Standalone: {@code --port P} (default 8081), {@code --token T}, {@code --data DIR} (keep the state there) and
     * {@code --reset} (forget what {@code DIR} kept); prints the base URL and runs until killed.
     */
    public static void main(String[] args) throws InterruptedException {
        EmulatorMain.run(args, System.out);
        Thread.currentThread().join();
    }
}
