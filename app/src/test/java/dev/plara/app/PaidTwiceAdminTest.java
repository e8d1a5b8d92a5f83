package dev.plara.app;

import dev.plara.polar.emulator.WebhookFaults;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.user.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Defence in depth behind "never sold twice", through the real server, the emulator and its webhooks: a second paid
 * order for the Lifetime photo collection (its checkout opened outside Plara's one at a time) is listed for the admin
 * with both orders and what to do, the buyer is told, and the admin's refund of one keeps the photos open.
 */
@Timeout(120)
class PaidTwiceAdminTest {

    private static final String ADMIN = HostTokens.admin("ops");

    @TempDir
    Path workingDirectory;

    private InProcessPlara plara;

    @BeforeEach
    void start() {
        plara = WebhookReceivingPlara.start(workingDirectory, WebhookFaults.none(), List.of("ayana"));
    }

    @AfterEach
    void stop() {
        plara.close();
    }

    @Test
    void aSecondPaidOrderIsListedForTheAdminAndRefundingOneKeepsThePhotosOpen() {
        var photos = plara.shop.productNamed("Lifetime photo collection");
        var first = plara.pay(plara.http.postJson("/api/checkout", HostTokens.user("ayana"),
                "{\"product_id\":\"" + photos + "\"}"));
        await().atMost(Duration.ofSeconds(20)).until(() -> opensPhoto());
        var second = plara.shop.buyOutsidePlara("ayana", photos).path("id").asText();

        var listed = await().atMost(Duration.ofSeconds(20)).until(
                () -> plara.http.get("/api/admin/paid-twice", ADMIN).json().path("orders"), found -> found.size() == 1);
        assertThat(listed.get(0).path("order_id").asText()).isEqualTo(second);
        assertThat(listed.get(0).path("also_covered_by").asText()).isEqualTo(first);
        assertThat(listed.get(0).path("waiting").asBoolean()).isTrue();
        assertThat(listed.get(0).path("advice").asText()).isEqualTo("ayana (ayana@plara.dev) paid twice for Lifetime"
                + " photo collection (orders " + first + " and " + second + ", 19.00 USD each); refund one of them in"
                + " Polar or here.");
        assertThat(plara.http.get("/api/notifications", HostTokens.user("ayana")).toString())
                .contains("You paid for Lifetime photo collection twice");

        var refund = plara.http.postJson("/api/admin/refunds", ADMIN, "{\"order_id\":\"" + first
                + "\",\"amount\":1900,\"currency\":\"USD\",\"reason\":\"duplicate\"}");
        assertThat(refund.status()).as(refund.toString()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> !plara.http.get("/api/admin/paid-twice", ADMIN).json()
                .path("orders").get(0).path("waiting").asBoolean());
        assertThat(opensPhoto()).as("the second order still pays for the photos").isTrue();
        assertThat(plara.app.useCases().checkAccess().grants(UserId.of("ayana"))).extracting(grant -> grant.source().ref())
                .contains(first, second);
    }

    /** Whether a paid order still opens the photo collection to ayana: a grant of it active now. */
    private boolean opensPhoto() {
        var photos = ItemId.polarProduct(plara.shop.productNamed("Lifetime photo collection"));
        return plara.app.useCases().checkAccess().grants(UserId.of("ayana")).stream()
                .anyMatch(grant -> grant.soldAs().equals(photos) && grant.activeAt(Instant.now()));
    }
}
