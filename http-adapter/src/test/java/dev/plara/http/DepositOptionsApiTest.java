package dev.plara.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepositOptionsApiTest {

    private final TestServer api = TestServer.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theCardOptionsNameThePresetsTheCustomRangeAndTheWalletCurrencies() {
        var options = api.get("/api/deposits/card/options").send();

        assertThat(options.status()).isEqualTo(200);
        var body = options.json();
        assertThat(body.path("charge_currency").toString()).isEqualTo("{\"code\":\"USD\",\"fraction_digits\":2}");
        assertThat(body.path("presets").findValuesAsText("formatted"))
                .containsExactly("5.00 USD", "10.00 USD", "25.00 USD", "50.00 USD");
        assertThat(body.path("custom").path("minimum").path("amount").asLong()).isEqualTo(1_00);
        assertThat(body.path("custom").path("maximum").path("formatted").asText()).isEqualTo("1000.00 USD");
        assertThat(body.path("wallet_currencies").findValuesAsText("code")).containsExactly("USD");
    }
}
