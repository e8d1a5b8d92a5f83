package dev.plara.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the HTTP server runs.
 *
 * @param port           the port to listen on; 0 picks a free one
 * @param publicBaseUrl  where browsers and Polar reach this server (for links; https turns on HSTS)
 * @param corsOrigins    the exact origins ({@code https://shop.example.com}) allowed to call the API with credentials
 * @param secureCookies  whether session and CSRF cookies are marked {@code Secure} (true behind https)
 * @param drainTimeout   how long {@link PlaraServer#close()} lets in-flight requests finish
 * @param clock          the clock for rate limits and caches (tests move it by hand)
 * @param requestScope   what each thread serving a request enters for the request's time, and leaves after it
 */
public record HttpSettings(int port, URI publicBaseUrl, List<String> corsOrigins, RateLimits rateLimits,
                           boolean secureCookies, Duration drainTimeout, Clock clock,
                           RequestScope requestScope) {

    public HttpSettings {
        Objects.requireNonNull(publicBaseUrl, "public base url");
        Objects.requireNonNull(rateLimits, "rate limits");
        Objects.requireNonNull(drainTimeout, "drain timeout");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(requestScope, "request scope");
        corsOrigins = List.copyOf(corsOrigins);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        if (!isOrigin(publicBaseUrl.getScheme() + "://" + publicBaseUrl.getRawAuthority())) {
            throw new IllegalArgumentException("the public base url must be an absolute http(s) url: " + publicBaseUrl);
        }
        corsOrigins.stream().filter(origin -> !isOrigin(origin)).findFirst().ifPresent(origin -> {
            throw new IllegalArgumentException("a CORS origin is scheme://host[:port] without path or '*': " + origin);
        });
    }

    /** No CORS origins, default rate limits, secure cookies when the public url is https, a 10 s drain. */
    public static HttpSettings defaults(int port, URI publicBaseUrl) {
        return new HttpSettings(port, publicBaseUrl, List.of(), RateLimits.defaults(),
                "https".equals(publicBaseUrl.getScheme()), Duration.ofSeconds(10), Clock.systemUTC(),
                RequestScope.NONE);
    }

    public HttpSettings withCorsOrigins(List<String> origins) {
        return new HttpSettings(port, publicBaseUrl, origins, rateLimits, secureCookies, drainTimeout, clock,
                requestScope);
    }

    public HttpSettings withRateLimits(RateLimits limits) {
        return new HttpSettings(port, publicBaseUrl, corsOrigins, limits, secureCookies, drainTimeout, clock,
                requestScope);
    }

    public HttpSettings withSecureCookies(boolean secure) {
        return new HttpSettings(port, publicBaseUrl, corsOrigins, rateLimits, secure, drainTimeout, clock,
                requestScope);
    }

    public HttpSettings withDrainTimeout(Duration timeout) {
        return new HttpSettings(port, publicBaseUrl, corsOrigins, rateLimits, secureCookies, timeout, clock,
                requestScope);
    }

    public HttpSettings withClock(Clock newClock) {
        return new HttpSettings(port, publicBaseUrl, corsOrigins, rateLimits, secureCookies, drainTimeout, newClock,
                requestScope);
    }

    public HttpSettings withRequestScope(RequestScope scope) {
        return new HttpSettings(port, publicBaseUrl, corsOrigins, rateLimits, secureCookies, drainTimeout, clock,
                scope);
    }

    public boolean https() {
        return "https".equals(publicBaseUrl.getScheme());
    }

    private static boolean isOrigin(String origin) {
        return origin != null && origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");
    }
}
