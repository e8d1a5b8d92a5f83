package dev.plara.polar.client;

import dev.plara.polar.testing.ScriptedPolar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The access token appears in no log line, no exception and no configuration printout. */
class TokenNeverPrintedTest {

    private static final String TOKEN = "polar_oat_do-not-print-me";

    private final ScriptedPolar server = new ScriptedPolar();
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();

    @AfterEach
    void stop() {
        System.setErr(originalErr);
        server.close();
    }

    @Test
    void retriesFailuresAndRefusalsNeverPrintTheToken() {
        RetryPolicy instant = RetryPolicy.standard().withSleeper(wait -> { });
        PolarClientConfig config = PolarClientConfig.of(server.baseUrl(), TOKEN).withRetryPolicy(instant);
        server.answer(503, -1).answer(429, 0).answer(200, ScriptedPolar.EMPTY_PAGE).answer(401,
                "{\"error\":\"invalid_token\",\"error_description\":\"The access token provided is invalid.\"}");
        PolarClient broken = new PolarClient(config, request -> {
            throw new IOException("connection reset by " + request.uri().getHost());
        });

        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        new PolarClient(config).listProducts(false);
        Throwable refused = catchThrowable(() -> new PolarClient(config.withRetryPolicy(RetryPolicy.none()))
                .listProducts(false));
        Throwable unreachable = catchThrowable(() -> broken.getOrder("o1"));
        System.setErr(originalErr);

        String log = logged.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("retrying in", "failed (attempt 3)").doesNotContain(TOKEN);
        assertThat(refused).hasMessageContaining("401").hasMessageNotContaining(TOKEN);
        assertThat(unreachable).hasMessageContaining("connection reset").hasMessageNotContaining(TOKEN);
        assertThat(config.toString()).contains(server.baseUrl()).doesNotContain(TOKEN);
    }
}
