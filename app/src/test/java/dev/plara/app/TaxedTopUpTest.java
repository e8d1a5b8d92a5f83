package dev.plara.app;

import dev.plara.polar.emulator.service.TaxSetting;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15: a 10.00 USD top-up credits 10.00 USD whether Polar's price holds the tax (inclusive) or has it added on
 * top (exclusive), over the real server in production mode and the emulator charging 20 % tax; the ledger entry keeps
 * Polar's net, tax and total of the order, and a full refund at Polar takes the whole credit back.
 */
@Timeout(120)
class TaxedTopUpTest {

    private static final String USER = "tigist";

    @TempDir
    Path workingDirectory;

    private InProcessPlara plara;

    @AfterEach
    void stop() {
        plara.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"inclusive", "exclusive"})
    void aTopUpOfTenDollarsCreditsTenDollarsWhateverTheTaxBehaviour(String behaviour) {
        plara = InProcessPlara.start(workingDirectory);
        plara.emulator.controls().setTax(new TaxSetting(new BigDecimal("0.2"), behaviour));
        plara.registerWebhookEndpoint();
        plara.signIn(USER);

        var checkout = plara.http.postJson("/api/deposits/card", HostTokens.user(USER),
                "{\"amount\":1000,\"currency\":\"USD\"}");
        assertThat(checkout.status()).as(checkout.toString()).isEqualTo(201);
        plara.shop.payOnHostedPage(checkout.json().path("checkout_url").asText());
        var order = plara.shop.paidOrderOf(checkout.json().path("checkout_id").asText());

        assertThat(order.path("tax_amount").asLong()).as("Polar charged tax").isPositive();
        await("the credit").atMost(Duration.ofSeconds(30)).until(() -> plara.http.usdBalance(USER) == 10_00);
        var charged = creditOf(order.path("id").asText()).get("facts", Document.class).get("charged", Document.class);
        assertThat(List.of(minor(charged, "net"), minor(charged, "tax"), minor(charged, "total"))).containsExactly(
                order.path("net_amount").asLong(), order.path("tax_amount").asLong(), order.path("total_amount").asLong());

        plara.shop.refund(order.path("id").asText(), order.path("net_amount").asLong());
        await("the refund").atMost(Duration.ofSeconds(30)).until(() -> plara.http.usdBalance(USER) == 0);
    }

    private Document creditOf(String orderId) {
        return plara.database().getCollection("ledger_entries").find(new Document("_id", "polar:order:" + orderId))
                .first();
    }

    private static long minor(Document amounts, String field) {
        return ((Number) amounts.get(field, Document.class).get("minor")).longValue();
    }
}
