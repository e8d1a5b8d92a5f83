package dev.plara.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Never sold twice" through the Buy a user presses ({@code POST /api/checkout}) against the emulator over HTTP, the
 * server's clock following the emulator's: a Buy half an hour after the first gets the same checkout back, which Polar
 * keeps payable for 24 hours, so it is paid once; once Polar expired it, a Buy opens a new, payable one.
 */
@Timeout(120)
class CheckoutOnceTest {

    private static final String BUYER = "guest.buyer@plara.dev";

    @TempDir
    Path workingDirectory;

    private InProcessPlara plara;
    private String photos;

    @BeforeEach
    void start() {
        plara = InProcessPlara.startFollowingEmulatorClock(workingDirectory);
        photos = plara.shop.productNamed("Lifetime photo collection");
    }

    @AfterEach
    void stop() {
        plara.close();
    }

    private HttpReply buy() {
        var opened = plara.http.postJson("/api/checkout", null,
                "{\"product_id\":\"" + photos + "\",\"email\":\"" + BUYER + "\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened;
    }

    @Test
    void aBuyHalfAnHourAfterTheFirstGetsTheSameStillPayableCheckoutAndItIsPaidOnce() {
        var first = buy();
        var checkoutId = first.json().path("checkout_id").asText();
        var atPolar = plara.shop.checkout(checkoutId);
        assertThat(Duration.between(Instant.parse(atPolar.path("created_at").asText()),
                Instant.parse(atPolar.path("expires_at").asText()))).isEqualTo(Duration.ofHours(24));

        plara.emulator.controls().advanceClock(Duration.ofMinutes(31));
        var again = buy();
        plara.emulator.controls().advanceClock(Duration.ofHours(20));
        var dayLater = buy();

        assertThat(again.json().path("checkout_id").asText()).isEqualTo(checkoutId);
        assertThat(again.json().path("checkout_url").asText()).isEqualTo(first.json().path("checkout_url").asText());
        assertThat(dayLater.json().path("checkout_id").asText()).isEqualTo(checkoutId);
        plara.shop.payOnHostedPage(dayLater.json().path("checkout_url").asText());
        assertThat(plara.shop.paidOrderOf(checkoutId).path("status").asText()).isEqualTo("paid");
    }

    @Test
    void aBuyAfterPolarExpiredTheFirstCheckoutOpensANewOneThatCanBePaid() {
        var first = buy().json().path("checkout_id").asText();

        plara.emulator.controls().advanceClock(Duration.ofHours(24).plusMinutes(1));
        var second = buy();

        assertThat(plara.shop.checkout(first).path("status").asText()).isEqualTo("expired");
        assertThat(second.json().path("checkout_id").asText()).isNotEqualTo(first);
        plara.shop.payOnHostedPage(second.json().path("checkout_url").asText());
        assertThat(plara.shop.paidOrderOf(second.json().path("checkout_id").asText()).path("status").asText())
                .isEqualTo("paid");
    }
}
