package dev.plara.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.client.WebhookEndpointUpdate;
import dev.plara.polar.emulator.DeliveryAttempt;
import dev.plara.polar.webhook.KeyDerivation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14: reconciliation reads Polar's webhook endpoints and deliveries. An endpoint whose deliveries all fail is
 * disabled by Polar (here the emulator, after its 10 most recent events failed for good) and admins are told; events
 * Polar gave up on are sent again once the endpoint works, and change nothing reconciliation already applied.
 */
@Timeout(120)
class WebhookEndpointHealthTest {

    private static final String ADMIN = HostTokens.admin("ops");

    @TempDir
    Path workingDirectory;

    private InProcessPlara plara;
    private PolarClient polar;

    @BeforeEach
    void start() {
        plara = InProcessPlara.start(workingDirectory);
        polar = new PolarClient(PolarClientConfig.of(plara.emulator.baseUrl(), plara.emulator.accessToken()));
        plara.signIn("ayana");
    }

    @AfterEach
    void stop() {
        plara.close();
    }

    @Test
    void anEndpointPolarDisabledAfterItsDeliveriesFailedIsReportedToAdmins() {
        var endpoint = plara.emulator.registerWebhook(URI.create(plara.app.localUrl() + PolarWebhook.PATH),
                "whsec_" + "A".repeat(43) + "=", KeyDerivation.STANDARD);
        assertThat(reconcile().path("webhook_endpoint_disabled").asBoolean()).as("enabled at first").isFalse();

        for (int i = 0; i < 3; i++) {
            plara.payCardDeposit("ayana", 10_00);
        }
        await("Polar to disable the endpoint").atMost(Duration.ofSeconds(60))
                .until(() -> !polar.webhooks().getEndpoint(endpoint).enabled());
        var report = reconcile();

        assertThat(report.path("webhook_endpoint_disabled").asBoolean()).isTrue();
        assertThat(report.path("findings").findValuesAsText("detail")).anySatisfy(detail -> assertThat(detail)
                .contains("Polar has disabled the webhook endpoint at " + plara.app.localUrl() + PolarWebhook.PATH)
                .contains("enable the endpoint again"));
        assertThat(report.path("findings")).filteredOn(finding -> finding.path("kind").asText()
                .equals("webhook_endpoint_disabled")).singleElement().satisfies(finding -> {
                    assertThat(finding.has("order_id")).as("about no order: %s", finding).isFalse();
                    assertThat(finding.path("detail").asText()).contains("(id " + endpoint + ";");
                });
        assertThat(plara.http.usdBalance("ayana")).as("reconciliation credits what no webhook brought")
                .isEqualTo(30_00);
    }

    @Test
    void eventsPolarGaveUpOnAreSentAgainOnceTheEndpointWorksAndChangeNothing() {
        var endpoint = plara.emulator.registerWebhook(URI.create(plara.app.localUrl() + "/api/webhooks/moved"),
                ProductionEnvironment.WEBHOOK_SECRET, KeyDerivation.STANDARD);
        var order = plara.payCardDeposit("ayana", 12_00);
        await("Polar to give up on order.paid").atMost(Duration.ofSeconds(60)).until(() -> plara.emulator.deliveries()
                .stream().anyMatch(d -> d.type().equals("order.paid") && d.attempt() == 10));
        assertThat(plara.http.usdBalance("ayana")).isZero();

        polar.webhooks().updateEndpoint(endpoint, new WebhookEndpointUpdate(plara.app.localUrl() + PolarWebhook.PATH,
                null, null, null, null));
        var first = reconcile();
        await("the redelivered order.paid to land").atMost(Duration.ofSeconds(30)).until(() -> plara.emulator
                .deliveries().stream().anyMatch(d -> d.type().equals("order.paid") && d.succeeded()));
        await("the inbox to apply it").pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30))
                .until(() -> plara.emulator.deliveries().stream().filter(DeliveryAttempt::succeeded).count() > 1);
        var second = reconcile();

        assertThat(first.path("credited").asInt()).isEqualTo(1);
        assertThat(first.path("redelivered").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(second.path("redelivered").asInt()).as("delivered now, so not asked again").isZero();
        assertThat(second.path("credited").asInt()).isZero();
        assertThat(plara.http.usdBalance("ayana")).as("credited once, by whichever came first").isEqualTo(12_00);
        assertThat(plara.shop.order(order).path("status").asText()).isEqualTo("paid");
    }


    private JsonNode reconcile() {
        var report = plara.http.postJson("/api/admin/reconciliation", ADMIN, null);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.json();
    }
}
