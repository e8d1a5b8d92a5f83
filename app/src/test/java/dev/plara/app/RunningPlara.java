package dev.plara.app;

import dev.plara.app.config.AppConfig;
import dev.plara.app.wiring.PlaraApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The real server, in-process on its embedded default (H2-file store, Polar emulator, demo users and catalog), for
 * browser tests. It listens on a port picked up front, because the emulator must send buyers back to the very URL
 * the browser uses; confirmation emails go to the given SMTP port when there is one.
 */
final class RunningPlara implements AutoCloseable {

    private final PlaraApplication app;
    private final URI baseUrl;

    private RunningPlara(PlaraApplication app, URI baseUrl) {
        this.app = app;
        this.baseUrl = baseUrl;
    }

    /**
     * @param smtpPort the test SMTP server's port, or 0 to log emails instead of sending them
     * @param extra    more of the environment, such as bank accounts
     * @param clock    the server's clock
     */
    static RunningPlara start(Path dataDir, int smtpPort, Map<String, String> extra, Clock clock) {
        var port = freePort();
        var baseUrl = URI.create("http://127.0.0.1:" + port);
        var env = new HashMap<>(Map.of("PORT", String.valueOf(port), "PUBLIC_BASE_URL", baseUrl.toString(),
                "PLARA_DATA_DIR", dataDir.toString()));
        if (smtpPort > 0) {
            env.putAll(Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(smtpPort),
                    "SMTP_FROM", "orders@plara.dev", "SMTP_STARTTLS", "false"));
        }
        env.putAll(extra);
        return new RunningPlara(PlaraApplication.start(AppConfig.from(env, dataDir), clock), baseUrl);
    }

    PlaraApplication app() {
        return app;
    }

    /** Where the browser opens the server: the same origin the emulator redirects back to. */
    String url(String path) {
        return baseUrl.resolve(path).toString();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
