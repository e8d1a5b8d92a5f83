package dev.plara.app.config;

import dev.plara.wallet.core.domain.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppConfigTest {

    @TempDir
    Path workDir;

    private AppConfig config(Map<String, String> env) {
        return AppConfig.from(env, workDir);
    }

    private static Map<String, String> realPolar() {
        var env = new HashMap<String, String>();
        env.put("POLAR_ACCESS_TOKEN", "polar_oat_secret_token_value");
        env.put("POLAR_WEBHOOK_SECRET", "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        env.put("PLARA_TOPUP_PRODUCT_ID", "prod_topup");
        env.put("PLARA_JWT_SECRET", "a-shared-secret-of-at-least-32-characters");
        return env;
    }

    @Test
    void nothingConfiguredIsTheEmbeddedDemoWithGeneratedSecrets() {
        var config = config(Map.of());

        assertThat(config.demo()).isTrue();
        assertThat(config.store().embedded()).isTrue();
        assertThat(config.store().dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.store().roundBound()).isEqualTo(Duration.ofMillis(2));
        assertThat(config.server().port()).isEqualTo(8080);
        assertThat(config.server().publicBaseUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(config.server().jwt().demoSecret()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(config.polar().webhookSecret()).hasValueSatisfying(secret -> assertThat(secret).startsWith("whsec_"));
        assertThat(config.wallet().cardDeposits().presets()).containsExactly(Money.usd(5_00), Money.usd(10_00),
                Money.usd(25_00), Money.usd(50_00));
        assertThat(config.notifiers().telegram()).isEmpty();
        assertThat(config.jobs().reconciliationInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config(Map.of("PLARA_RECONCILIATION_INTERVAL", "30")).jobs().reconciliationInterval())
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void demoModeKeepsTheSecretsItIsGiven() {
        var config = config(Map.of("PLARA_JWT_SECRET", "a-shared-secret-of-at-least-32-characters",
                "POLAR_WEBHOOK_SECRET", "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));

        assertThat(config.demo()).isTrue();
        assertThat(config.server().jwt().demoSecret()).isEqualTo("a-shared-secret-of-at-least-32-characters");
        assertThat(config.polar().webhookSecret()).contains("whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        assertThat(config(Map.of()).server().jwt().demoSecret()).as("generated anew when not given")
                .isNotEqualTo(config(Map.of()).server().jwt().demoSecret());
    }

    @Test
    void aRealPolarAccountNeedsItsSecretTopUpProductAndJwtKey() {
        var config = config(realPolar());
        assertThat(config.demo()).isFalse();
        assertThat(config.polar().server()).isEqualTo("sandbox");

        for (String required : new String[] {"POLAR_WEBHOOK_SECRET", "PLARA_TOPUP_PRODUCT_ID", "PLARA_JWT_SECRET"}) {
            var env = realPolar();
            env.remove(required);
            assertThatThrownBy(() -> config(env)).isInstanceOf(ConfigException.class).hasMessageStartingWith(required);
        }
    }

    @Test
    void badValuesStopTheStartNamingTheVariable() {
        assertThatThrownBy(() -> config(Map.of("PORT", "eighty"))).hasMessageStartingWith("PORT: is not valid");
        assertThatThrownBy(() -> config(Map.of("PORT", "70000"))).hasMessageStartingWith("PORT:");
        assertThatThrownBy(() -> config(Map.of("PUBLIC_BASE_URL", "ftp://x"))).hasMessageStartingWith("PUBLIC_BASE_URL:");
        assertThatThrownBy(() -> config(Map.of("MONGODB_URI", "localhost:27017"))).hasMessageStartingWith("MONGODB_URI:");
        assertThatThrownBy(() -> config(Map.of("MONGODB_TRANSACTIONS", "maybe")))
                .hasMessageStartingWith("MONGODB_TRANSACTIONS:");
        assertThatThrownBy(() -> config(Map.of("PLARA_STORE_ROUND_MS", "-1")))
                .hasMessageStartingWith("PLARA_STORE_ROUND_MS: must be 0 (off) to 1000 milliseconds");
        assertThatThrownBy(() -> config(Map.of("PLARA_STORE_ROUND_MS", "2ms"))).hasMessageStartingWith(
                "PLARA_STORE_ROUND_MS:");
        assertThatThrownBy(() -> config(Map.of("PLARA_DEPOSIT_PRESETS", "5,ten"))).hasMessageStartingWith(
                "PLARA_DEPOSIT_PRESETS:");
        assertThatThrownBy(() -> config(Map.of("PLARA_DEPOSIT_PRESETS", "5.001"))).hasMessageStartingWith(
                "PLARA_DEPOSIT_PRESETS:");
        assertThatThrownBy(() -> config(Map.of("PLARA_CONVERSIONS", "USD=57"))).hasMessageStartingWith(
                "PLARA_CONVERSIONS:");
        assertThatThrownBy(() -> config(Map.of("PLARA_JWT_SECRET", "short"))).hasMessageStartingWith("PLARA_JWT_SECRET:");
        assertThatThrownBy(() -> config(Map.of("TELEGRAM_BOT_TOKEN", "123:abc"))).hasMessageStartingWith(
                "TELEGRAM_CHAT_ID:");
        assertThatThrownBy(() -> config(Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "TELEGRAM_CHAT_ID", "-100",
                "TELEGRAM_API_BASE", "api.telegram.org"))).hasMessageStartingWith("TELEGRAM_API_BASE:");
        assertThatThrownBy(() -> config(Map.of("SMTP_HOST", "mail.plara.dev", "SMTP_FROM", "orders@plara.dev",
                "SMTP_STARTTLS", "yes"))).as("never read as false").hasMessageStartingWith("SMTP_STARTTLS:");
        assertThatThrownBy(() -> config(Map.of("PLARA_RECONCILIATION_INTERVAL", "0"))).hasMessageStartingWith(
                "PLARA_RECONCILIATION_INTERVAL:");
        assertThatThrownBy(() -> config(Map.of("PLARA_RECONCILIATION_INTERVAL", "10m"))).hasMessageStartingWith(
                "PLARA_RECONCILIATION_INTERVAL:");
        var polarElsewhere = realPolar();
        polarElsewhere.put("POLAR_SERVER", "polar.example.org");
        assertThatThrownBy(() -> config(polarElsewhere)).hasMessageStartingWith("POLAR_SERVER:");
    }

    @Test
    void portZeroPicksAFreePortUpFrontSoTheUrlsHandedToPolarNameIt() {
        var config = config(Map.of("PORT", "0"));

        assertThat(config.server().port()).isPositive();
        assertThat(config.server().publicBaseUrl()).isEqualTo(URI.create("http://localhost:" + config.server().port()));
    }

    @Test
    void etbWalletsPaidInUsdAreConfiguredByAConversion() {
        var config = config(Map.of("PLARA_WALLET_CURRENCIES", "ETB", "PLARA_CONVERSIONS", "USD:ETB=57.5"));

        assertThat(config.wallet().currencies().conversionFor(Money.currency("USD")).orElseThrow().apply(Money.usd(1_00)))
                .isEqualTo(Money.etb(57_50));
        assertThatThrownBy(() -> config(Map.of("PLARA_WALLET_CURRENCIES", "ETB")))
                .hasMessageStartingWith("PLARA_WALLET_CURRENCIES:");
    }

    @Test
    void aDotEnvFileFillsInWhatTheProcessEnvironmentLeavesOut() throws Exception {
        Files.writeString(workDir.resolve(".env"), "# local settings\nPORT=9090\nCORS_ORIGINS=\"https://a.plara.dev\"\n");

        var config = config(Map.of("PORT", "9191"));

        assertThat(config.server().port()).isEqualTo(9191);
        assertThat(config.server().corsOrigins()).containsExactly("https://a.plara.dev");
    }

    @Test
    void secretsNeverAppearInWhatIsPrinted() {
        var env = realPolar();
        env.put("MONGODB_URI", "mongodb://plara:hunter2@db.internal:27017");
        env.put("TELEGRAM_BOT_TOKEN", "123456:telegram-secret");
        env.put("TELEGRAM_CHAT_ID", "-100200");

        var printed = config(env).toString();

        assertThat(printed).doesNotContain("polar_oat_secret_token_value", "whsec_", "hunter2", "telegram-secret",
                "a-shared-secret");
    }
}
