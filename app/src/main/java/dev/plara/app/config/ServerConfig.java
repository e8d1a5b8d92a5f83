package dev.plara.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;

/**
 * The HTTP server: {@code PORT} (8080; 0 picks a free one), {@code PUBLIC_BASE_URL} (where browsers and Polar reach it; defaults to
 * localhost on that port), {@code CORS_ORIGINS} (comma-separated), and how the host platform's sign-in is verified
 * ({@link JwtConfig}).
 */
public record ServerConfig(int port, URI publicBaseUrl, List<String> corsOrigins, JwtConfig jwt) {

    static ServerConfig from(Env env, boolean demo, SecretSource secrets) {
        int port = env.port("PORT", 8080);
        if (port == 0) {
            port = freePort();
        }
        var base = publicBaseUrl(env, port);
        var origins = env.list("CORS_ORIGINS");
        origins.forEach(origin -> env.parsed("CORS_ORIGINS", value -> httpUrl(origin), null));
        return new ServerConfig(port, base, origins, JwtConfig.from(env, demo, secrets));
    }

    /** {@code PUBLIC_BASE_URL}, without a final slash; {@code http://localhost:<port>} when not set. */
    static URI publicBaseUrl(Env env, int port) {
        return env.parsed("PUBLIC_BASE_URL", ServerConfig::httpUrl, URI.create("http://localhost:" + port));
    }

    boolean secureCookies() {
        return "https".equals(publicBaseUrl.getScheme());
    }

    /**
     * A port free right now, for {@code PORT=0}: chosen before anything starts, so the URLs handed to Polar (success and
     * return pages, the webhook endpoint) name the port the server will really listen on.
     */
    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for PORT=0", e);
        }
    }

    private static URI httpUrl(String value) {
        var uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("an http(s) URL like https://pay.example.org is expected");
        }
        return uri;
    }

    /** Never prints the keys. */
    @Override
    public String toString() {
        return "port " + port + ", public URL " + publicBaseUrl + ", CORS " + corsOrigins + ", sign-in " + jwt;
    }
}
