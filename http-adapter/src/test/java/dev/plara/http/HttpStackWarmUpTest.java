package dev.plara.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the HTTP stack's warm-up ({@link PlaraServer#initializeHttpStack}), which the app runs on a thread of its
 * own while its store opens, starts and stops a throwaway server on loopback, so that the real start finds the classes
 * a start initializes (the servlet context, the connector that listens) ready instead of loading them on the first
 * {@code /health}'s path. Counted in a JVM of its own ({@code -verbose:class}).
 */
@Timeout(60)
class HttpStackWarmUpTest {

    @Test
    void theWarmUpLoadsWhatAStartNeedsAndLeavesNothingRunning() throws IOException, InterruptedException {
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), WarmUp.class.getName())
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("ended by itself: %s", output).isTrue();
        var warmedUp = output.substring(0, output.indexOf(WarmUp.DONE));
        assertThat(List.of("org.eclipse.jetty.ee10.servlet.ServletContextHandler ",
                "org.eclipse.jetty.server.ServerConnector ")).allSatisfy(loaded -> assertThat(warmedUp).contains(loaded));
    }

    /** A JVM that only warms the HTTP stack up, then says so. */
    static final class WarmUp {

        static final String DONE = "warmed up";

        public static void main(String[] args) {
            PlaraServer.initializeHttpStack();
            System.out.println(DONE);
        }
    }
}
