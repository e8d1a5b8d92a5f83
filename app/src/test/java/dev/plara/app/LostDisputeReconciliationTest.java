package dev.plara.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.emulator.WebhookFaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: disputes, which no webhook announces, are read from Polar (the emulator's {@code GET /v1/disputes/}) when
 * reconciliation runs. An open one is shown to admins with its status and evidence due date; a lost one takes a
 * top-up's money back and revokes what a direct purchase bought, each exactly once.
 */
@Timeout(120)
class LostDisputeReconciliationTest {

    private static final String ADMIN = HostTokens.admin("ops");

    @TempDir
    Path workingDirectory;

    private InProcessPlara plara;

    @BeforeEach
    void start() {
        plara = WebhookReceivingPlara.start(workingDirectory, WebhookFaults.none().withDrop(true),
                List.of("ayana"));
    }

    @AfterEach
    void stop() {
        plara.close();
    }

    @Test
    void aLostDisputeIsAppliedOnceAndAnOpenOneIsShownWithItsEvidenceDueDate() {
        var topUp = plara.payCardDeposit("ayana", 10_00);
        var photos = plara.pay(plara.http.postJson("/api/checkout", HostTokens.user("ayana"),
                "{\"product_id\":\"" + plara.shop.productNamed("Lifetime photo collection") + "\"}"));
        var paid = reconcile();
        assertThat(paid.path("credited").asInt() + paid.path("fulfilled").asInt()).as(paid.toString()).isEqualTo(2);
        assertThat(activeAccess()).isEqualTo(1);

        var dispute = plara.emulator.controls().openDispute(topUp, "needs_response").path("id").asText();
        var open = reconcile();
        plara.emulator.controls().moveDispute(dispute, "lost");
        plara.emulator.controls().openDispute(photos, "lost");
        var lost = reconcile();
        var again = reconcile();

        assertThat(open.path("disputes")).singleElement().satisfies(shown -> {
            assertThat(shown.path("status").asText()).isEqualTo("needs_response");
            assertThat(shown.path("order_id").asText()).isEqualTo(topUp);
            assertThat(shown.path("evidence_due_by").asText()).isNotBlank();
        });
        assertThat(open.path("disputes_applied").asInt()).isZero();
        assertThat(lost.path("disputes_applied").asInt()).as(lost.toString()).isEqualTo(2);
        assertThat(lost.path("findings").findValuesAsText("kind")).containsOnly("dispute_lost");
        assertThat(again.path("disputes_applied").asInt()).isZero();
        assertThat(plara.http.usdBalance("ayana")).isZero();
        assertThat(activeAccess()).as("the photo collection is revoked").isZero();
        assertThat(plara.http.get("/api/admin/audit", ADMIN).json().path("discrepancies")).isEmpty();
    }


    private long activeAccess() {
        var grants = plara.http.get("/api/grants", HostTokens.user("ayana")).json().path("grants");
        int active = 0;
        for (JsonNode item : grants) {
            active += item.path("active").asBoolean() ? 1 : 0;
        }
        return active;
    }

    private JsonNode reconcile() {
        var report = plara.http.postJson("/api/admin/reconciliation", ADMIN, null);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.json();
    }
}
