package dev.plara.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.emulator.WebhookFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14, finding 1, over the real server, its embedded store and the emulator: a card deposit for a user Plara does
 * not know is parked, Polar refunds it, and assigning it later credits only what the refunds left, or nothing.
 */
@Timeout(120)
class ParkedPaymentRefundTest {

    private static final String ADMIN = HostTokens.admin("ops");

    @TempDir
    Path workingDirectory;

    private InProcessPlara plara;

    @BeforeEach
    void start() {
        plara = WebhookReceivingPlara.start(workingDirectory, WebhookFaults.none(), List.of("tigist"));
    }

    @AfterEach
    void stop() {
        plara.close();
    }

    @Test
    void aParkedDepositRefundedInFullCreatesNoMoneyWhenAnAdminAssignsIt() {
        var order = parkedDeposit(20_00);

        plara.shop.refund(order, 20_00);
        await("the refund held").atMost(Duration.ofSeconds(30)).until(() -> heldRefunds().size() == 1);
        var assigned = assign(order, "tigist");

        assertThat(heldRefunds().get(0).path("reason").asText()).isEqualTo("payment_parked");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(409);
        assertThat(assigned.json().path("detail").asText()).isEqualTo("Polar refunded 20.00 USD of order " + order
                + ", all of the 20.00 USD it paid: nothing is left to credit.");
        assertThat(plara.http.usdBalance("tigist")).isZero();
        assertThat(plara.count("ledger_entries")).as("no money created").isZero();
        var report = plara.http.postJson("/api/admin/reconciliation", ADMIN, "{}").json();
        assertThat(report.path("clean").asBoolean()).isFalse();
        assertThat(report.path("findings")).as("reconciliation reports the held refund")
                .anySatisfy(finding -> assertThat(finding.path("kind").asText() + " " + finding.path("order_id").asText())
                        .isEqualTo("refund_not_applied " + order));
    }

    @Test
    void aParkedDepositRefundedInPartCreditsOnlyWhatIsLeft() {
        var order = parkedDeposit(20_00);

        plara.shop.refund(order, 5_00);
        await("the refund held").atMost(Duration.ofSeconds(30)).until(() -> heldRefunds().size() == 1);
        var assigned = assign(order, "tigist");

        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(plara.http.usdBalance("tigist")).isEqualTo(15_00);
        assertThat(heldRefunds()).as("applied, none waits").isEmpty();
        assertThat(plara.http.get("/api/admin/audit", ADMIN).json().path("clean").asBoolean()).isTrue();
    }

    private String parkedDeposit(long amount) {
        var order = plara.shop.buyTopUp("stranger", amount).path("id").asText();
        await("the payment parked").atMost(Duration.ofSeconds(30)).until(() -> plara.http
                .get("/api/admin/unmatched-payments", ADMIN).json().path("total").asLong() == 1);
        return order;
    }

    private List<JsonNode> heldRefunds() {
        var items = plara.http.get("/api/admin/unmatched-refunds", ADMIN).json().path("items");
        var held = new ArrayList<JsonNode>();
        items.forEach(held::add);
        return held;
    }

    private HttpReply assign(String order, String user) {
        return plara.http.postJson("/api/admin/unmatched-payments/" + order + "/assign", ADMIN,
                "{\"user_id\":\"" + user + "\"}");
    }
}
