package dev.plara.polar.emulator;

import java.time.Clock;
import java.util.Objects;

/**
 * How to run the emulator.
 *
 * @param port                {@code 0} for any free port
 * @param accessToken         the bearer token the API accepts
 * @param webhookBackoffScale multiplies Polar's retry waits (2 s to 1024 s); {@code 0.001} makes them milliseconds
 */
public record EmulatorConfig(int port, String accessToken, double webhookBackoffScale, Clock clock) {

    public static final String DEFAULT_TOKEN = "polar_oat_emulator";

    public EmulatorConfig {
        Objects.requireNonNull(accessToken, "access token");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65_535 || webhookBackoffScale < 0) {
            throw new IllegalArgumentException("port 0-65535 and a backoff scale of at least 0");
        }
    }

    /** Any free port, the default token, Polar's real retry waits, the system clock. */
    public static EmulatorConfig defaults() {
        return new EmulatorConfig(0, DEFAULT_TOKEN, 1.0, Clock.systemUTC());
    }

    /** As {@link #defaults()} with retry waits a thousand times shorter. */
    public static EmulatorConfig forTests() {
        return defaults().withWebhookBackoffScale(0.001);
    }

    public EmulatorConfig withPort(int value) {
        return new EmulatorConfig(value, accessToken, webhookBackoffScale, clock);
    }

    public EmulatorConfig withAccessToken(String value) {
        return new EmulatorConfig(port, value, webhookBackoffScale, clock);
    }

    public EmulatorConfig withWebhookBackoffScale(double value) {
        return new EmulatorConfig(port, accessToken, value, clock);
    }

    public EmulatorConfig withClock(Clock value) {
        return new EmulatorConfig(port, accessToken, webhookBackoffScale, value);
    }
}
