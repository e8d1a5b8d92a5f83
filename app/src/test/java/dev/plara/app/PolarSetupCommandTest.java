package dev.plara.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.webhook.PolarEventParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: {@code polar-setup} run as an operator runs it (Plara's {@code main} in a JVM of its own) against a fresh
 * emulator makes the top-up product and the webhook endpoint, a second run changes nothing, {@code --check} names a
 * wrongly configured product and exits non-zero, and the server refuses to start on it with the same message.
 */
@Timeout(180)
class PolarSetupCommandTest {

    private static final String PUBLIC_BASE_URL = "https://pay.plara.test";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path workingDirectory;

    private final PolarEmulator emulator = PolarEmulator.start(EmulatorConfig.forTests());
    private final HttpCalls polar = new HttpCalls(URI.create(emulator.baseUrl()));

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Map<String, String> environment(String... more) {
        var env = new HashMap<>(Map.of("POLAR_SERVER", emulator.baseUrl(), "POLAR_ACCESS_TOKEN",
                emulator.accessToken(), "PUBLIC_BASE_URL", PUBLIC_BASE_URL));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    private ChildJvm.Finished main(Map<String, String> environment, String... args) {
        return ChildJvm.run(List.of(args), environment, workingDirectory, WAIT);
    }

    private JsonNode polar(String path) {
        return polar.get(path, emulator.accessToken()).json();
    }

    private static String printed(String output, String variable) {
        var line = Pattern.compile("^\\s*" + variable + "=(\\S+)", Pattern.MULTILINE).matcher(output);
        assertThat(line.find()).as("%s printed in:%n%s", variable, output).isTrue();
        return line.group(1);
    }

    @Test
    void setUpMakesTheProductAndEndpointOnceAndTheServerRefusesAMisfitWithTheCheckersWords() {
        var first = main(environment(), "polar-setup");

        assertThat(first.exitCode()).as(first.output()).isZero();
        var product = printed(first.output(), "PLARA_TOPUP_PRODUCT_ID");
        var secret = printed(first.output(), "POLAR_WEBHOOK_SECRET");
        assertThat(polar("/v1/products/" + product).path("prices").get(0).path("maximum_amount").asLong())
                .isEqualTo(1_000_00);
        var endpoints = polar("/v1/webhooks/endpoints").path("items");
        assertThat(endpoints).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.path("url").asText()).isEqualTo(PUBLIC_BASE_URL + "/api/webhooks/polar");
            assertThat(endpoint.path("secret").asText()).isEqualTo(secret);
            var events = new ArrayList<String>();
            endpoint.path("events").forEach(event -> events.add(event.asText()));
            assertThat(events).containsExactlyElementsOf(PolarEventParser.HANDLED_TYPES);
        });
        var state = polar("/v1/products/?limit=100").toString() + polar("/v1/webhooks/endpoints");

        var second = main(environment(), "polar-setup");

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("nothing changed").doesNotContain(secret);
        assertThat(printed(second.output(), "PLARA_TOPUP_PRODUCT_ID")).isEqualTo(product);
        assertThat(polar("/v1/products/?limit=100").toString() + polar("/v1/webhooks/endpoints")).isEqualTo(state);

        var narrow = polar.postJson("/v1/products/", emulator.accessToken(), "{\"name\":\"Top-up\",\"prices\":"
                + "[{\"amount_type\":\"custom\",\"price_currency\":\"usd\",\"minimum_amount\":100,"
                + "\"maximum_amount\":50000}]}").json().path("id").asText();
        var misfit = environment("PLARA_TOPUP_PRODUCT_ID", narrow, "POLAR_WEBHOOK_SECRET", secret);
        var check = main(misfit, "polar-setup", "--check");

        assertThat(check.exitCode()).as(check.output()).isEqualTo(1);
        var problem = Pattern.compile("problem: (PLARA_TOPUP_PRODUCT_ID: .*)").matcher(check.output());
        assertThat(problem.find()).as(check.output()).isTrue();
        assertThat(problem.group(1)).contains(narrow, "1.00 USD to 500.00 USD", "PLARA_DEPOSIT_MAX", "polar-setup");
        assertThat(check.output()).doesNotContain(secret);

        misfit.putAll(Map.of("PLARA_JWT_SECRET", HostTokens.SECRET, "PORT", String.valueOf(ServerProcess.freePort()),
                "PLARA_DATA_DIR", workingDirectory.resolve("data").toString()));
        var server = main(misfit, "serve");

        assertThat(server.exitCode()).as(server.output()).isEqualTo(2);
        assertThat(server.output()).contains("Plara cannot start").contains(problem.group(1))
                .doesNotContain("Plara is running").doesNotContain(secret);
    }
}
