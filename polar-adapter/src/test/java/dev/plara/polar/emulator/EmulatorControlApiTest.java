package dev.plara.polar.emulator;

import dev.plara.polar.client.CheckoutCreate;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.testing.HostedCheckout;
import dev.plara.polar.testing.WebhookReceiver.Delivery;
import dev.plara.polar.testing.WebhookReceiver;
import dev.plara.polar.webhook.ParseResult;
import dev.plara.polar.webhook.PolarEvent;
import dev.plara.polar.webhook.PolarEventParser;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.polar.webhook.WebhookVerifier;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Driving the emulator over its HTTP control API, as demos and other modules' tests do; and its standalone start. */
class EmulatorControlApiTest {

    private static final String SECRET = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final Duration WAIT = Duration.ofSeconds(5);

    private PolarEmulator emulator;
    private final WebhookReceiver receiver = new WebhookReceiver();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        emulator = PolarEmulator.start(EmulatorConfig.forTests());
        HttpResponse<String> registered = post("/_emulator/webhooks", "{\"url\":\"" + receiver.url()
                + "\",\"secret\":\"" + SECRET + "\",\"key_derivation\":\"standard\"}");
        assertThat(registered.statusCode()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        emulator.close();
        receiver.close();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private PaymentEvent translate(Delivery delivery) {
        assertThat(new WebhookVerifier(SECRET, Clock.systemUTC()).verify(delivery.headers(), delivery.body()).isValid())
                .isTrue();
        PolarEvent event = ((ParseResult.Parsed) new PolarEventParser().parse(delivery.body())).event();
        return new PolarEventTranslator(emulator.topUpProductId()).translate(event);
    }

    @Test
    void theMonthlyPlanLivesThroughActiveCanceledAndRevoked() throws Exception {
        PolarClient client = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken()));
        String plan = client.listProducts(false).stream().filter(p -> p.name().equals("Monthly Plan")).findFirst()
                .orElseThrow().id();
        PolarCheckout checkout = client.createCheckout(new CheckoutCreate(List.of(plan), null, null, null, "alice",
                Map.of("plara_user_id", "alice", "plara_purpose", "product_purchase"), null, null, null));
        new HostedCheckout().pay(checkout.url(), "4242424242424242", "alice@plara.dev");
        List<Delivery> paid = receiver.next(9, WAIT);
        assertThat(paid).extracting(Delivery::type).containsExactly("checkout.created", "customer.created",
                "order.created", "order.updated", "order.paid", "subscription.created", "subscription.active",
                "subscription.updated", "checkout.updated");
        PaymentEvent active = translate(paid.get(6));
        String subscriptionId = ((PaymentEvent.SubscriptionChanged) active).change().subscriptionId();
        assertThat(((PaymentEvent.SubscriptionChanged) active).change().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(((PaymentEvent.ProductPaid) translate(paid.get(4))).order().subscriptionId())
                .isEqualTo(subscriptionId);

        assertThat(post("/_emulator/subscriptions/" + subscriptionId + "/cancel", "").statusCode()).isEqualTo(200);
        List<Delivery> canceled = receiver.next(2, WAIT);
        assertThat(canceled).extracting(Delivery::type).containsExactly("subscription.updated", "subscription.canceled");
        assertThat(((PaymentEvent.SubscriptionChanged) translate(canceled.get(1))).change())
                .satisfies(change -> assertThat(change.cancelAtPeriodEnd()).isTrue())
                .satisfies(change -> assertThat(change.endsAt()).isNotNull());

        emulator.controls().subscriptions().revoke(subscriptionId);
        List<Delivery> revoked = receiver.next(3, WAIT);
        assertThat(revoked).extracting(Delivery::type).as("Polar cancels what it revokes")
                .containsExactly("subscription.updated", "subscription.canceled", "subscription.revoked");
        assertThat(((PaymentEvent.SubscriptionChanged) translate(revoked.get(2))).change())
                .satisfies(change -> assertThat(change.status()).isEqualTo(SubscriptionStatus.CANCELED))
                .satisfies(change -> assertThat(change.endedAt()).isNotNull());
    }

    @Test
    void everySubscriptionActionIsReachedOverHttp() throws Exception {
        PolarClient client = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken()));
        String plan = client.listProducts(false).stream().filter(p -> p.name().equals("Monthly Plan")).findFirst()
                .orElseThrow().id();
        String bigger = client.listProducts(false).stream().filter(p -> p.name().startsWith("Monthly Plan \u2013"))
                .findFirst().orElseThrow().id();
        PolarCheckout checkout = client.createCheckout(new CheckoutCreate(List.of(plan), null, null, null, "erin",
                null, null, null, null));
        new HostedCheckout().pay(checkout.url(), "4242424242424242", "erin@plara.dev");
        String id = client.getCheckout(checkout.id()).subscriptionId();
        String base = "/_emulator/subscriptions/" + id + "/";
        String[][] steps = {{"renew", "active"}, {"fail-renewal", "past_due"}, {"recover", "active"},
                {"pause", "paused"}, {"resume", "active"}, {"cancel", "active"}, {"uncancel", "active"},
                {"revoke", "canceled"}};
        for (String[] step : steps) {
            HttpResponse<String> answer = post(base + step[0], "");
            assertThat(answer.statusCode()).as(step[0]).isEqualTo(200);
            assertThat(answer.body()).as(step[0]).contains("\"status\":\"" + step[1] + "\"");
        }
        assertThat(post(base + "uncancel", "").statusCode()).as("a revoked one cannot be kept").isEqualTo(410);
        assertThat(post(base + "dance", "").statusCode()).isEqualTo(404);
        PolarCheckout second = client.createCheckout(new CheckoutCreate(List.of(plan), null, null, null, "frank",
                null, null, null, null));
        new HostedCheckout().pay(second.url(), "4242424242424242", "frank@plara.dev");
        HttpResponse<String> changed = post("/_emulator/subscriptions/" + client.getCheckout(second.id())
                .subscriptionId() + "/change-plan", "{\"product_id\":\"" + bigger + "\"}");
        assertThat(changed.body()).contains("\"product_id\":\"" + bigger + "\"");
    }

    @Test
    void faultsAreSetAndDeliveriesReadOverHttp() throws Exception {
        HttpResponse<String> faults = post("/_emulator/faults", "{\"drop\":true}");
        assertThat(faults.statusCode()).isEqualTo(200);
        assertThat(emulator.webhookFaults()).isEqualTo(WebhookFaults.none().withDrop(true));
        HttpResponse<String> log = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                + "/_emulator/deliveries")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(log.body()).isEqualTo("[]");
        assertThat(post("/_emulator/nothing", "").statusCode()).isEqualTo(404);
    }

    @Test
    void standaloneStartPrintsItsBaseUrl() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PolarEmulator standalone = EmulatorMain.run(new String[] {"--port", "0", "--token", "polar_oat_demo"},
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("Polar emulator listening on " + standalone.baseUrl())
                    .contains("polar_oat_demo");
            assertThat(standalone.baseUrl()).startsWith("http://127.0.0.1:");
        }
    }
}
