package dev.plara.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.app.config.AppConfig;
import dev.plara.app.wiring.PlaraApplication;
import dev.plara.polar.emulator.WebhookFaults;
import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.WebhookSigner;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scripted smoke run of issue 5 against the real server on its embedded default (file-backed MongoDB-wire store,
 * Polar emulator, demo users), over real HTTP: products, a card deposit paid on the emulator's page, the webhook
 * delivered twice and credited once, then an order.paid that would credit far more, refused for its bad signature.
 */
class ServerSmokeTest {

    @TempDir
    static Path dataDir;

    private static PlaraApplication app;
    private static HttpCalls http;

    @BeforeAll
    static void start() {
        app = PlaraApplication.start(AppConfig.from(Map.of("PORT", "0", "PLARA_DATA_DIR", dataDir.toString()), dataDir));
        app.polar().emulator().setWebhookFaults(WebhookFaults.none().withDeliverTwice(true));
        http = new HttpCalls(app.localUrl());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String tokenOf(String user) {
        return app.demo().tokenFor(app.demo().find(UserId.of(user)).orElseThrow());
    }

    @Test
    void aCardDepositPaidOnTheEmulatorIsCreditedOnceThoughItsWebhookComesTwiceAndAForgedOneChangesNothing() {
        var alice = tokenOf("alice");
        assertThat(http.get("/api/products", null).json().path("products"))
                .extracting(product -> product.get("name").asText()).contains("Monthly Plan", "10 USD credit pack");

        var checkout = http.postJson("/api/deposits/card", alice, "{\"amount\":2500,\"currency\":\"USD\"}");
        assertThat(checkout.status()).as(checkout.toString()).isEqualTo(201);
        var checkoutUrl = URI.create(checkout.json().path("checkout_url").asText());
        var checkoutId = checkout.json().path("checkout_id").asText();
        var page = http.send(HttpRequest.newBuilder(checkoutUrl).GET());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("id=\"card-number\"", "25.00 USD");
        var paid = http.send(HttpRequest.newBuilder(checkoutUrl).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("card-number=4242+4242+4242+4242&expiry=12+%2F+34&cvc=123")));
        assertThat(paid.status()).isEqualTo(303);
        assertThat(paid.header("Location"))
                .isEqualTo("http://localhost:" + app.localUrl().getPort() + "/checkout/success?checkout_id=" + checkoutId);

        await().atMost(Duration.ofSeconds(10)).until(() -> app.polar().emulator().deliveries().stream()
                .filter(attempt -> attempt.type().equals("order.paid") && attempt.status() == 200).count() == 2);
        assertThat(http.get("/api/wallet", alice).json().at("/balances/0/balance/amount").asLong()).isEqualTo(25_00);
        assertThat(http.get("/api/wallet/transactions", alice).json().path("items")).hasSize(1);
        assertThat(http.get("/api/checkouts/" + checkoutId, null).json().path("stage").asText()).isEqualTo("credited");
        assertThat(inbox(InboxStatus.APPLIED)).as("the two deliveries were one event").hasSize(1);

        var paidOrder = new PolarShop(app.polar().emulator()).paidOrderOf(checkoutId);
        var bigger = ((ObjectNode) paidOrder.deepCopy()).put("id", UUID.randomUUID().toString())
                .put("net_amount", 900_00).put("subtotal_amount", 900_00).put("total_amount", 900_00);
        var notTheServersKey = new WebhookSigner("whsec_" + Base64.getEncoder()
                .encodeToString("a key that is not the server's!".getBytes()), KeyDerivation.STANDARD);
        var wallet = http.get("/api/wallet", alice).text();
        var applied = inbox(InboxStatus.APPLIED);
        for (var forged : List.of(PolarWebhook.wrap("msg_forged", "order.paid", bigger, Instant.now()),
                PolarWebhook.wrap("msg_replayed", "order.paid", paidOrder, Instant.now()))) {
            var refused = http.send(forged.attempt(http, notTheServersKey));

            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.problem()).isEqualTo("webhook-rejected");
        }
        assertThat(http.get("/api/wallet", alice).text()).isEqualTo(wallet);
        assertThat(http.get("/api/wallet/transactions", alice).json().path("items")).hasSize(1);
        assertThat(inbox(InboxStatus.APPLIED)).isEqualTo(applied);
        assertThat(Arrays.stream(InboxStatus.values()).flatMap(status -> inbox(status).stream()))
                .as("nothing stored for a bad signature").doesNotContain("msg_forged", "msg_replayed");
    }

    @Test
    void theServerIsReadyWhenItsStoreAndPolarAnswer() {
        var ready = http.get("/health/ready", null);

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("checks")).extracting(check -> check.get("name").asText() + "=" + check.get("ready"))
                .containsExactly("store=true", "polar=true");
    }

    @Test
    void theBannerSaysWhichModeStoreAndPolarRunAndWhereToOpenIt() {
        assertThat(app.banner()).contains("DEMO mode", "embedded MongoDB-wire store in " + dataDir,
                "the local Polar emulator at http://127.0.0.1:",
                "open:   http://localhost:" + app.localUrl().getPort() + "/signin");
    }

    /** The ids of the deliveries in the server's inbox with {@code status}, as admins read them. */
    private static List<String> inbox(InboxStatus status) {
        var page = http.get("/api/admin/webhooks?size=100&status=" + status.name().toLowerCase(Locale.ROOT),
                tokenOf("admin")).json().path("items");
        return StreamSupport.stream(page.spliterator(), false).map(item -> item.path("id").asText()).toList();
    }
}
