package dev.plara.polar.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the client reaches Polar. The token is never printed: {@link #toString()} masks it.
 *
 * @param polarVersion the {@code Polar-Version} header, {@code YYYY-MM}
 */
public record PolarClientConfig(URI baseUrl, String accessToken, String polarVersion, Duration connectTimeout,
                                Duration requestTimeout, RetryPolicy retryPolicy) {

    public static final URI PRODUCTION = URI.create("https://api.polar.sh");
    public static final URI SANDBOX = URI.create("https://sandbox-api.polar.sh");
    public static final String DEFAULT_VERSION = "2026-04";

    public PolarClientConfig {
        Objects.requireNonNull(baseUrl, "base url");
        Objects.requireNonNull(accessToken, "access token");
        Objects.requireNonNull(polarVersion, "polar version");
        Objects.requireNonNull(connectTimeout, "connect timeout");
        Objects.requireNonNull(requestTimeout, "request timeout");
        Objects.requireNonNull(retryPolicy, "retry policy");
        if (accessToken.isBlank()) {
            throw new IllegalArgumentException("an access token is required");
        }
        String url = baseUrl.toString();
        baseUrl = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** {@code server} is {@code sandbox}, {@code production} or a base URL such as the emulator's. */
    public static PolarClientConfig of(String server, String accessToken) {
        URI base = switch (server) {
            case "sandbox" -> SANDBOX;
            case "production" -> PRODUCTION;
            default -> URI.create(server);
        };
        return new PolarClientConfig(base, accessToken, DEFAULT_VERSION, Duration.ofSeconds(5),
                Duration.ofSeconds(20), RetryPolicy.standard());
    }

    public PolarClientConfig withRetryPolicy(RetryPolicy policy) {
        return new PolarClientConfig(baseUrl, accessToken, polarVersion, connectTimeout, requestTimeout, policy);
    }

    public PolarClientConfig withTimeouts(Duration connect, Duration request) {
        return new PolarClientConfig(baseUrl, accessToken, polarVersion, connect, request, retryPolicy);
    }

    @Override
    public String toString() {
        return "PolarClientConfig[baseUrl=" + baseUrl + ", accessToken=***, polarVersion=" + polarVersion
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                + ", retryPolicy=" + retryPolicy + "]";
    }
}
