package dev.plara.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, customer identity, over the real server in production mode and the emulator, which refuses a checkout
 * whose external id names a customer with another email (as Polar does since its PR #10260): a user who changed email
 * at the host platform can still top up, and Polar's customer carries the new email; a guest leaves no made-up
 * external id at Polar.
 */
@Timeout(120)
class CustomerIdentityAgainstPolarTest {

    private static final String USER = "selam";

    @TempDir
    Path workingDirectory;

    private InProcessPlara plara;

    @BeforeEach
    void start() {
        plara = InProcessPlara.start(workingDirectory);
    }

    @AfterEach
    void stop() {
        plara.close();
    }

    private static String tokenWithEmail(String email) {
        return HostTokens.sign(USER, jwt -> jwt.claim("email", email).claim("name", "Selam T."));
    }

    private HttpReply topUp(String token) {
        return plara.http.postJson("/api/deposits/card", token, "{\"amount\":1000,\"currency\":\"USD\"}");
    }

    @Test
    void aUserWhoChangedEmailAtTheHostPlatformTopsUpAndPolarsCustomerCarriesTheNewEmail() {
        var first = topUp(tokenWithEmail("selam@plara.dev"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        plara.shop.payOnHostedPage(first.json().path("checkout_url").asText());
        assertThat(plara.shop.customer(USER).path("email").asText()).isEqualTo("selam@plara.dev");

        var afterChange = topUp(tokenWithEmail("selam.t@plara.dev"));

        assertThat(afterChange.status()).as(afterChange.toString()).isEqualTo(201);
        assertThat(plara.shop.customer(USER).path("email").asText()).isEqualTo("selam.t@plara.dev");
        assertThat(plara.shop.customer(USER).path("name").asText()).isEqualTo("Selam T.");
        plara.shop.payOnHostedPage(afterChange.json().path("checkout_url").asText());
        var order = plara.shop.paidOrderOf(afterChange.json().path("checkout_id").asText());
        assertThat(order.path("customer").path("email").asText()).isEqualTo("selam.t@plara.dev");
        assertThat(order.path("customer").path("external_id").asText()).isEqualTo(USER);
    }

    @Test
    void aGuestPurchaseLeavesNoMadeUpExternalIdAtPolar() {
        var photos = plara.shop.productNamed("Lifetime photo collection");

        var checkout = plara.http.postJson("/api/checkout", null,
                "{\"product_id\":\"" + photos + "\",\"email\":\"guest.buyer@plara.dev\"}");
        assertThat(checkout.status()).as(checkout.toString()).isEqualTo(201);
        plara.shop.payOnHostedPage(checkout.json().path("checkout_url").asText());

        var order = plara.shop.paidOrderOf(checkout.json().path("checkout_id").asText());
        assertThat(order.path("customer").path("email").asText()).isEqualTo("guest.buyer@plara.dev");
        assertThat(order.path("customer").path("external_id").isNull()).as(order.toString()).isTrue();
        assertThat(order.path("metadata").toString()).doesNotContain("guest:");
        assertThat(plara.shop.customer("guest:guest.buyer@plara.dev")).isNull();
    }
}
