package dev.plara.polar.emulator;

import dev.plara.polar.emulator.service.TaxSetting;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How to run the emulator.
 *
 * @param port                {@code 0} for any free port
 * @param accessToken         the bearer token the API accepts
 * @param webhookBackoffScale multiplies Polar's retry waits (2 s to 1024 s); {@code 0.001} makes them milliseconds
 * @param dataDirectory       where the state is kept across restarts; {@code null} keeps it in memory only
 * @param tokenScopes         what the token may do, such as {@code webhooks:write}; others are refused with 403
 * @param tax                 the sales tax charged on checkouts and orders
 */
public record EmulatorConfig(int port, String accessToken, double webhookBackoffScale, Clock clock,
                             Path dataDirectory, Set<String> tokenScopes, TaxSetting tax) {

    public static final String DEFAULT_TOKEN = "polar_oat_emulator";

    /** The read and write scope of every resource the emulator serves. */
    public static final Set<String> ALL_SCOPES = Stream.of("products", "checkouts", "orders", "refunds",
                    "subscriptions", "customers", "customer_sessions", "organizations", "webhooks", "disputes")
            .flatMap(resource -> Stream.of(resource + ":read", resource + ":write"))
            .collect(Collectors.toUnmodifiableSet());

    public EmulatorConfig {
        Objects.requireNonNull(accessToken, "access token");
        Objects.requireNonNull(clock, "clock");
        tokenScopes = Set.copyOf(tokenScopes);
        Objects.requireNonNull(tax, "tax");
        if (port < 0 || port > 65_535 || webhookBackoffScale < 0) {
            throw new IllegalArgumentException("port 0-65535 and a backoff scale of at least 0");
        }
    }

    /** Any free port, the default token with every scope, Polar's real retry waits, the system clock, in memory. */
    public static EmulatorConfig defaults() {
        return new EmulatorConfig(0, DEFAULT_TOKEN, 1.0, Clock.systemUTC(), null, ALL_SCOPES, TaxSetting.none());
    }

    /** As {@link #defaults()} with retry waits a thousand times shorter. */
    public static EmulatorConfig forTests() {
        return defaults().withWebhookBackoffScale(0.001);
    }

    public EmulatorConfig withPort(int value) {
        return new EmulatorConfig(value, accessToken, webhookBackoffScale, clock, dataDirectory, tokenScopes, tax);
    }

    public EmulatorConfig withAccessToken(String value) {
        return new EmulatorConfig(port, value, webhookBackoffScale, clock, dataDirectory, tokenScopes, tax);
    }

    public EmulatorConfig withWebhookBackoffScale(double value) {
        return new EmulatorConfig(port, accessToken, value, clock, dataDirectory, tokenScopes, tax);
    }

    public EmulatorConfig withClock(Clock value) {
        return new EmulatorConfig(port, accessToken, webhookBackoffScale, value, dataDirectory, tokenScopes, tax);
    }

    /** Keeps the state in {@code value} (a file {@code polar-emulator.json}), so that a restart finds it again. */
    public EmulatorConfig withDataDirectory(Path value) {
        return new EmulatorConfig(port, accessToken, webhookBackoffScale, clock, value, tokenScopes, tax);
    }

    public EmulatorConfig withTokenScopes(Set<String> value) {
        return new EmulatorConfig(port, accessToken, webhookBackoffScale, clock, dataDirectory, value, tax);
    }

    public EmulatorConfig withTax(TaxSetting value) {
        return new EmulatorConfig(port, accessToken, webhookBackoffScale, clock, dataDirectory, tokenScopes, value);
    }
}
