package dev.plara.app;

import dev.plara.polar.client.SubscriptionQuery;
import dev.plara.polar.emulator.WebhookFaults;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.wallet.core.domain.access.GrantStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.plara.app.SubscribedAtPolar.VIDEO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation reads subscriptions back from Polar, corrects the access whose webhooks never came and reports a
 * customer charged twice for one plan.
 */
class AccessReconciliationTest {

    @TempDir
    Path workingDirectory;
    private SubscribedAtPolar alice;

    @BeforeEach
    void subscribe() {
        alice = new SubscribedAtPolar(InProcessPlara.start(workingDirectory), "alice", "Monthly Plan");
    }

    @AfterEach
    void stop() {
        alice.close();
    }

    @Test
    void reconciliationCorrectsAccessWhoseWebhooksNeverCame() {
        alice.plara.emulator.controls().setWebhookFaults(WebhookFaults.none().withDrop(true));
        alice.controls.pause(alice.subscriptionId);
        assertThat(alice.opens(VIDEO)).as("the pause is not known yet").isTrue();

        var report = alice.plara.http.postJson("/api/admin/reconciliation", HostTokens.admin("ops"), null);

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().path("findings").findValuesAsText("detail")).as("%s", report).anySatisfy(detail -> assertThat(detail)
                .startsWith("subscription " + alice.subscriptionId + " of alice (Monthly Plan) is paused at the"
                        + " provider: access was Monthly Plan (kind:video) until ").endsWith(", now ended"));
        assertThat(alice.grant().status()).isEqualTo(GrantStatus.REVOKED);
        assertThat(alice.opens(VIDEO)).isFalse();
    }

    @Test
    void aSecondSubscriptionToTheSamePlanBoughtAtPolarIsReportedToTheOperator() {
        alice.plara.shop.buyOutsidePlara("alice", alice.plara.shop.productNamed("Monthly Plan"));
        var second = alice.polar.subscriptions().list(SubscriptionQuery.all().withExternalCustomerId("alice")).stream()
                .map(PolarSubscription::id).filter(id -> !id.equals(alice.subscriptionId)).findFirst().orElseThrow();

        var report = alice.plara.http.postJson("/api/admin/reconciliation", HostTokens.admin("ops"), null);

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().path("findings")).as("%s", report).filteredOn(finding -> finding.path("kind")
                .asText().equals("subscribed_twice")).singleElement().satisfies(finding -> assertThat(finding
                .path("detail").asText()).contains("alice holds 2 subscriptions to Monthly Plan", alice.subscriptionId,
                second, "Cancel the ones not wanted"));
    }
}
