package dev.plara.polar.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plara.polar.client.CheckoutCreate;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.client.RetryPolicy;
import dev.plara.polar.client.SubscriptionQuery;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.model.PolarProduct;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.polar.testing.WebhookReceiver.Delivery;
import dev.plara.polar.webhook.KeyDerivation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An emulator with a webhook receiver registered and a client, and the steps tests repeat: buy a product as a user,
 * read the events that follow.
 */
public final class EmulatorWorld implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PolarEmulator emulator;
    private final WebhookReceiver receiver = new WebhookReceiver();
    private final PolarClient client;

    public EmulatorWorld(EmulatorConfig config) {
        this.emulator = PolarEmulator.start(config);
        emulator.registerWebhook(receiver.url(), "polar_whs_world", KeyDerivation.LEGACY);
        this.client = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken())
                .withRetryPolicy(RetryPolicy.none()));
    }

    public static EmulatorWorld start() {
        return new EmulatorWorld(EmulatorConfig.forTests());
    }

    public PolarEmulator emulator() {
        return emulator;
    }

    public PolarClient client() {
        return client;
    }

    public WebhookReceiver receiver() {
        return receiver;
    }

    public String productId(String name) {
        return client.listProducts(true).stream().filter(product -> product.name().equals(name)).findFirst()
                .map(PolarProduct::id).orElseThrow(() -> new AssertionError("no product " + name));
    }

    /** {@code user} pays for the product named {@code productName}; every event up to the checkout's update is read. */
    public PolarCheckout buy(String user, String productName) {
        PolarCheckout checkout = client.createCheckout(new CheckoutCreate(List.of(productId(productName)), null, null,
                null, user, Map.of("plara_user_id", user), null, null, null));
        try {
            int status = new HostedCheckout().pay(checkout.url(), "4242 4242 4242 4242", user + "@plara.dev")
                    .statusCode();
            if (status != 303) {
                throw new AssertionError("the hosted checkout answered " + status);
            }
            receiver.until("checkout.updated", WAIT);
            return checkout;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code user} subscribes to the plan named {@code planName}: the new subscription. */
    public PolarSubscription subscribe(String user, String planName) {
        buy(user, planName);
        return client.subscriptions().list(SubscriptionQuery.all().withExternalCustomerId(user)
                .withProductId(productId(planName))).get(0);
    }

    /** A raw call of the emulator's API with its token, for what the client does not offer. */
    public HttpResponse<String> api(String method, String path, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .header("Authorization", "Bearer " + emulator.accessToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The next {@code count} events. */
    public List<Delivery> events(int count) {
        try {
            return receiver.next(count, WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static List<String> types(List<Delivery> deliveries) {
        return deliveries.stream().map(Delivery::type).toList();
    }

    /** The {@code data} of a delivered event. */
    public static JsonNode data(Delivery delivery) {
        try {
            return JSON.readTree(delivery.body()).path("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        emulator.close();
        receiver.close();
    }
}
