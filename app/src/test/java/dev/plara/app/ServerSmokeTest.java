package dev.plara.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plara.polar.emulator.WebhookFaults;
import dev.plara.wallet.core.domain.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scripted smoke run of issue 5 against the real server on its embedded default (file-backed MongoDB-wire store,
 * Polar emulator), over real HTTP: products, a card deposit paid on the emulator's page, the webhook delivered twice
 * and credited once, a forged webhook refused.
 */
class ServerSmokeTest {

    @TempDir
    static Path dataDir;

    private static PlaraApplication app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        app = PlaraApplication.start(AppConfig.from(Map.of("PORT", "0", "PLARA_DATA_DIR", dataDir.toString()), dataDir));
        app.polar().emulator().setWebhookFaults(WebhookFaults.none().withDeliverTwice(true));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String aliceToken() {
        return app.demo().tokenFor(app.demo().find(UserId.of("alice")).orElseThrow());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(app.localUrl().resolve(path)).header("Authorization", "Bearer " + aliceToken());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void aCardDepositPaidOnTheEmulatorIsCreditedOnceThoughItsWebhookComesTwice() throws Exception {
        var products = json(send(HttpRequest.newBuilder(app.localUrl().resolve("/api/products"))));
        assertThat(products.get("products")).extracting(product -> product.get("name").asText())
                .contains("Monthly Plan", "10 USD credit pack");

        var checkout = send(api("/api/deposits/card").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":2500,\"currency\":\"USD\"}")));
        assertThat(checkout.statusCode()).isEqualTo(201);
        var checkoutUrl = json(checkout).get("checkout_url").asText();
        var checkoutId = json(checkout).get("checkout_id").asText();

        var paid = send(HttpRequest.newBuilder(URI.create(checkoutUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("4242 4242 4242 4242"))));
        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location").orElseThrow())
                .isEqualTo("http://localhost:" + app.localUrl().getPort() + "/checkout/success?checkout_id=" + checkoutId);

        await().atMost(Duration.ofSeconds(10)).until(() -> app.polar().emulator().deliveries().stream()
                .filter(attempt -> attempt.type().equals("order.paid") && attempt.status() == 200).count() == 2);
        var wallet = json(send(api("/api/wallet")));
        assertThat(wallet.at("/balances/0/balance/amount").asLong()).isEqualTo(25_00);
        var history = json(send(api("/api/wallet/transactions")));
        assertThat(history.get("items")).hasSize(1);
        var progress = json(send(HttpRequest.newBuilder(app.localUrl().resolve("/api/checkouts/" + checkoutId))));
        assertThat(progress.get("stage").asText()).isEqualTo("credited");
    }

    @Test
    void theServerIsReadyWhenItsStoreAndPolarAnswer() throws Exception {
        var ready = send(HttpRequest.newBuilder(app.localUrl().resolve("/health/ready")));

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready).get("checks")).extracting(check -> check.get("name").asText() + "=" + check.get("ready"))
                .containsExactly("store=true", "polar=true");
    }

    @Test
    void aWebhookWithABadSignatureIsRefusedAndChangesNothing() throws Exception {
        var before = json(send(api("/api/wallet")));
        var body = "{\"type\":\"order.paid\",\"timestamp\":\"2026-11-22T10:00:00Z\",\"data\":{\"id\":\"forged\"}}";
        var forged = send(HttpRequest.newBuilder(app.localUrl().resolve("/api/webhooks/polar"))
                .header("Content-Type", "application/json").header("webhook-id", "msg_forged")
                .header("webhook-timestamp", String.valueOf(System.currentTimeMillis() / 1000))
                .header("webhook-signature", "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(json(send(api("/api/wallet")))).isEqualTo(before);
    }

    private static String form(String card) {
        return "card-number=" + URLEncoder.encode(card, StandardCharsets.UTF_8) + "&expiry=12+%2F+34&cvc=123";
    }
}
