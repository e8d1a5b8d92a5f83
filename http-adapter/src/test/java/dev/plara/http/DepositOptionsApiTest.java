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
        assertThat(body.path("custom").path("maximum").path("formatted").asText()).isEqualTo("1,000.00 USD");
        assertThat(body.path("wallet_currencies").findValuesAsText("code")).containsExactly("USD");
    }

    @Test
    void amountsAreFormattedWithTheDigitGroupingOfTheReadersLanguageAndKeepTheirCurrency() {
        var german = api.get("/api/deposits/card/options").header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5").send();
        var swiss = api.get("/api/deposits/bank/options").header("Accept-Language", "de-CH").send();
        var nonsense = api.get("/api/deposits/card/options").header("Accept-Language", ";;q=x,??").send();

        assertThat(german.json().path("custom").path("maximum").path("formatted").asText()).isEqualTo("1.000,00 USD");
        assertThat(german.json().path("custom").path("maximum").path("amount").asLong()).isEqualTo(1_000_00);
        assertThat(swiss.json().path("currencies").get(0).path("maximum").path("formatted").asText())
                .isEqualTo("10’000.00 USD");
        assertThat(nonsense.status()).isEqualTo(200);
        assertThat(nonsense.json().path("custom").path("maximum").path("formatted").asText()).isEqualTo("1,000.00 USD");
    }

    @Test
    void theBankOptionsNameTheAccountToPayIntoAndTheMostOneDepositMayClaimPerCurrency() {
        var options = api.get("/api/deposits/bank/options").send();

        assertThat(options.status()).isEqualTo(200);
        var usd = options.json().path("currencies").get(0);
        assertThat(usd.path("code").asText()).isEqualTo("USD");
        assertThat(usd.path("fraction_digits").asInt()).isEqualTo(2);
        assertThat(usd.path("account").path("bank").asText()).isEqualTo("Plara Test Bank");
        assertThat(usd.path("account").path("holder").asText()).isEqualTo("Plara Ltd");
        assertThat(usd.path("account").path("number").asText()).isEqualTo("000123456789");
        assertThat(usd.path("maximum").path("formatted").asText()).isEqualTo("10,000.00 USD");
    }
}
