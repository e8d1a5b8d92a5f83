package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.plara.polar.webhook.KeyDerivation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local stand-in for Polar on the JDK HTTP server: the API subset Plara calls, a hosted checkout page with test
 * cards, and webhook delivery as Polar does it, with fault switches. Start one per test or for demo mode; close it to
 * stop its threads.
 */
public final class PolarEmulator implements AutoCloseable {

    private final EmulatorConfig config;
    private final HttpServer server;
    private final ExecutorService requests;
    private final EmulatorStore store;
    private final WebhookDispatcher dispatcher;
    private final SubscriptionControl subscriptions;
    private final Views views;
    private final AtomicReference<WebhookFaults> faults = new AtomicReference<>(WebhookFaults.none());
    private final AtomicBoolean refundAnswersLost = new AtomicBoolean();
    private final AtomicInteger endpointIds = new AtomicInteger();

    private PolarEmulator(EmulatorConfig config, HttpServer server) {
        this.config = config;
        this.server = server;
        this.store = new EmulatorStore(Seed.defaults(), config.clock().instant());
        this.dispatcher = new WebhookDispatcher(config.clock(), config.webhookBackoffScale(), faults::get);
        this.views = new Views(store, baseUrl());
        Events events = new Events(config.clock());
        this.subscriptions = new SubscriptionControl(store, views, events, dispatcher, config.clock());
        Payments payments = new Payments(store, views, events, dispatcher, config.clock());
        RefundDesk refunds = new RefundDesk(store, views, events, dispatcher, config.clock());
        CheckoutCreation checkouts = new CheckoutCreation(store, config.clock(), baseUrl());
        server.createContext("/v1/", new ApiRouter(config.accessToken(), store, views, checkouts, refunds,
                refundAnswersLost::get));
        server.createContext("/checkout/", new CheckoutPageHandler(store, payments));
        server.createContext("/_emulator/", new ControlHandler(this));
        this.requests = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "polar-emulator-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(requests);
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
        return store.seed().topUpProductId();
    }

    /** Sends every later event to {@code url}, signed with {@code secret} under {@code derivation}; returns its id. */
    public String registerWebhook(URI url, String secret, KeyDerivation derivation) {
        String id = "endpoint-" + endpointIds.incrementAndGet();
        dispatcher.register(WebhookEndpoint.of(id, url, secret, derivation));
        return id;
    }

    public void setWebhookFaults(WebhookFaults value) {
        faults.set(value);
    }

    public WebhookFaults webhookFaults() {
        return faults.get();
    }

    /**
     * While {@code lost}, {@code POST /v1/refunds/} still makes the refund and sends its webhooks, but answers 503, as
     * when Polar's answer never reaches the caller: the refund exists though the caller cannot know it.
     */
    public void setRefundAnswersLost(boolean lost) {
        refundAnswersLost.set(lost);
    }

    /** Every delivery attempt so far, oldest first. */
    public List<DeliveryAttempt> deliveries() {
        return dispatcher.log();
    }

    /** Cancels at period end: {@code subscription.updated} and {@code subscription.canceled} follow. */
    public void cancelSubscription(String subscriptionId) {
        changeSubscription(subscriptionId, "cancel");
    }

    public void uncancelSubscription(String subscriptionId) {
        changeSubscription(subscriptionId, "uncancel");
    }

    /** Ends access now: {@code subscription.updated} and {@code subscription.revoked} follow. */
    public void revokeSubscription(String subscriptionId) {
        changeSubscription(subscriptionId, "revoke");
    }

    ObjectNode changeSubscription(String subscriptionId, String action) {
        return views.subscription(subscriptions.apply(subscriptionId, action));
    }

    /** Stops serving and delivering; pending retries are dropped. */
    @Override
    public void close() {
        server.stop(0);
        requests.shutdownNow();
        dispatcher.close();
    }

    /** Standalone: {@code --port P} (default 8081) and {@code --token T}; prints the base URL and runs until killed. */
    public static void main(String[] args) throws InterruptedException {
        EmulatorMain.run(args, System.out);
        Thread.currentThread().join();
    }
}
