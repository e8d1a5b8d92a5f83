package dev.plara.app;

import dev.plara.app.StormFigures.Outcome;
import dev.plara.polar.emulator.DeliveryAttempt;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.emulator.WebhookFaults;
import dev.plara.polar.webhook.KeyDerivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import static dev.plara.app.Elapsed.millisSince;
import static dev.plara.app.StormFigures.Outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 6's chaos run against the real server on its embedded default store, in a child JVM: 200 paid orders over 50
 * users and refunds on some, every {@code order.paid} and {@code refund.created} delivered three times, shuffled, 16 at
 * a time, the server {@code kill -9}ed in the middle of the storm and started again on the same data, then
 * reconciliation: every wallet holds its paid orders less its refunds to the minor unit, no key is applied twice,
 * the audit finds no difference and nothing is left pending.
 */
@Timeout(300)
class ChaosRunTest {

    private static final long SEED = Long.getLong("plara.chaos.seed", 20_261_122L);
    private static final int USERS = 50;
    private static final int ORDERS = 200;
    private static final int REFUNDED_ORDERS = 40;
    private static final int COPIES = 3;
    private static final int CONCURRENCY = 16;
    private static final String ADMIN = HostTokens.admin("ops");

    @TempDir
    Path workingDirectory;

    @Test
    void nothingIsLostOrDoubledThroughDuplicatesDisorderAndAKill() throws Exception {
        var began = System.nanoTime();
        var random = new Random(SEED);
        System.out.println("ChaosRunTest seed " + SEED + " (rerun with -Dplara.chaos.seed=" + SEED + ")");
        try (var emulator = PolarEmulator.start(EmulatorConfig.forTests());
             var server = serverFor(emulator)) {
            server.start();
            emulator.registerWebhook(URI.create(server.url() + PolarWebhook.PATH), ProductionEnvironment.WEBHOOK_SECRET,
                    KeyDerivation.STANDARD);
            emulator.setWebhookFaults(WebhookFaults.none().withDrop(true));
            var http = new HttpCalls(server.url());
            var users = ChaosPurchases.users(USERS);
            users.forEach(user -> assertThat(http.get("/api/me", HostTokens.user(user)).status()).isEqualTo(200));
            var purchases = ChaosPurchases.make(new PolarShop(emulator), users, ORDERS, REFUNDED_ORDERS, random);
            var events = purchases.events(random);
            var deliveries = new ArrayList<PolarWebhook>();
            events.forEach(event -> deliveries.addAll(Collections.nCopies(COPIES, event)));
            Collections.shuffle(deliveries, random);
            System.out.printf("%d orders, %d refunds: %d events, %d deliveries (set up in %d ms)%n", ORDERS,
                    purchases.refunds.size(), events.size(), deliveries.size(), millisSince(began));

            var figures = new WebhookStorm(List.of(http), ProductionEnvironment.polarSigner(), CONCURRENCY)
                    .deliver(deliveries, deliveries.size() * 2 / 5, () -> {
                        server.kill();
                        server.start();
                    });
            System.out.println("storm: " + figures);

            assertThat(figures.undelivered()).as(figures.toString()).isZero();
            assertThat(figures.total(Outcome.S4XX) + figures.total(Outcome.S5XX)).as(figures.toString()).isZero();
            assertThat(server.logLinesContaining("Plara is running")).as("started, killed, started again").isEqualTo(2);
            var reconciliation = http.postJson("/api/admin/reconciliation", ADMIN, null);
            System.out.println("reconciliation: " + reconciliation);
            assertThat(reconciliation.status()).isEqualTo(200);
            assertThat(reconciliation.json().path("findings")).as(reconciliation.toString()).isEmpty();
            var draining = System.nanoTime();
            await("the inbox to have nothing pending").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> inboxTotal(http, "pending") == 0);
            System.out.printf("inbox replay left nothing pending after %d ms%n", millisSince(draining));

            assertThat(inboxTotal(http, "applied")).as(() -> "one applied delivery per event; not applied: "
                    + notApplied(http, server, events)).isEqualTo(events.size());
            assertThat(inboxTotal(http, "ignored")).isZero();
            assertWallets(http, users, purchases);
            var audit = http.get("/api/admin/audit", ADMIN).json();
            assertThat(audit.path("discrepancies")).as(audit.toString()).isEmpty();
            assertThat(audit.path("entries").asLong()).isEqualTo(ORDERS + purchases.refunds.size());
            assertThat(emulator.deliveries()).as("Polar's own delivery stayed off")
                    .noneMatch(DeliveryAttempt::succeeded);
            System.out.printf("chaos run passed in %d ms%n", millisSince(began));
        }
    }

    /** Production mode against {@code emulator}, on the embedded default store in a data directory of this test. */
    private ServerProcess serverFor(PolarEmulator emulator) {
        int port = ServerProcess.freePort();
        var env = ProductionEnvironment.against(emulator, port);
        env.put("PLARA_DATA_DIR", workingDirectory.resolve("data").toString());
        return ServerProcess.on(port, env, workingDirectory);
    }

    private void assertWallets(HttpCalls http, List<String> users, ChaosPurchases purchases) {
        var expected = purchases.expectedBalances();
        var keys = new HashSet<String>();
        for (String user : users) {
            assertThat(http.usdBalance(user)).as("balance of %s", user).isEqualTo(expected.get(user));
            var history = http.get("/api/wallet/transactions?size=100", HostTokens.user(user)).json().path("items");
            assertThat((long) history.size()).as("entries of %s", user).isEqualTo(purchases.entriesOf(user));
            history.forEach(entry -> assertThat(keys.add(entry.path("key").asText()))
                    .as("key %s appears once", entry.path("key").asText()).isTrue());
        }
    }

    /** Each event without an applied delivery, with what the server logged about it. */
    private static String notApplied(HttpCalls http, ServerProcess server, List<PolarWebhook> events) {
        var applied = new HashSet<String>();
        var hasNext = true;
        for (int page = 1; hasNext; page++) {
            var listed = http.get("/api/admin/webhooks?status=applied&size=100&page=" + page, ADMIN).json();
            listed.path("items").forEach(item -> applied.add(item.path("id").asText()));
            hasNext = listed.path("has_next").asBoolean();
        }
        var missing = new StringBuilder();
        events.stream().filter(event -> !applied.contains(event.id())).forEach(event -> missing.append('\n')
                .append(event.type()).append(' ').append(event.id()).append(": ").append(server.logLines(event.id())));
        return missing.toString();
    }

    private static long inboxTotal(HttpCalls http, String status) {
        return http.get("/api/admin/webhooks?status=" + status, ADMIN).json().path("total").asLong();
    }
}
