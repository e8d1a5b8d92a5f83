package dev.plara.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;

/**
 * The HTTP server: {@code PORT} (8080; 0 picks a free one), {@code PUBLIC_BASE_URL} (where browsers and Polar reach it; defaults to
 * localhost on that port), {@code CORS_ORIGINS} (comma-separated), and the JWT verification key of the host platform:
 * {@code PLARA_JWT_SECRET} (HS256) or {@code PLARA_JWT_PUBLIC_KEY} (RS256, PEM or base64 DER).
 */
public record ServerConfig(int port, URI publicBaseUrl, List<String> corsOrigins, String jwtSecret, String jwtPublicKey) {

    static ServerConfig from(Env env, boolean demo, SecretSource secrets) {
        int port = env.port("PORT", 8080);
        if (port == 0) {
            port = freePort();
        }
        var base = env.parsed("PUBLIC_BASE_URL", ServerConfig::httpUrl, URI.create("http://localhost:" + port));
        var origins = env.list("CORS_ORIGINS");
        origins.forEach(origin -> env.parsed("CORS_ORIGINS", value -> httpUrl(origin), null));
        var publicKey = env.optional("PLARA_JWT_PUBLIC_KEY").orElse(null);
        var secret = env.optional("PLARA_JWT_SECRET").orElse(null);
        if (secret != null && secret.length() < 32) {
            throw new ConfigException("PLARA_JWT_SECRET", "must be at least 32 characters for HS256");
        }
        if (secret == null && demo) {
            secret = secrets.jwtSecret();
        }
        if (secret == null && publicKey == null) {
            throw new ConfigException("PLARA_JWT_SECRET", "or PLARA_JWT_PUBLIC_KEY is required to verify sign-ins");
        }
        return new ServerConfig(port, base, origins, secret, publicKey);
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
        return "port " + port + ", public URL " + publicBaseUrl + ", CORS " + corsOrigins;
    }
}
