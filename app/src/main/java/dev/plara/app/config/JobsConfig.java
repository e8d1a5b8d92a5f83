package dev.plara.app.config;

import java.time.Duration;

/** The background jobs' timing: {@code PLARA_RECONCILIATION_INTERVAL}, seconds between reconciliation runs (600). */
public record JobsConfig(Duration reconciliationInterval) {

    static JobsConfig from(Env env) {
        long seconds = env.parsed("PLARA_RECONCILIATION_INTERVAL", Long::parseLong, 600L);
        if (seconds < 1) {
            throw new ConfigException("PLARA_RECONCILIATION_INTERVAL", "must be a number of seconds, at least 1");
        }
        return new JobsConfig(Duration.ofSeconds(seconds));
    }
}
