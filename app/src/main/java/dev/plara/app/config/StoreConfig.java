package dev.plara.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the money lives: {@code MONGODB_URI} (with {@code MONGODB_DATABASE}, default {@code plara}, and
 * {@code MONGODB_TRANSACTIONS} auto/on/off), or, without it, the embedded MongoDB-wire store in an H2 file under
 * {@code PLARA_DATA_DIR} (default {@code ./data}); and how long a request's command waits at most, once no other came,
 * for those of concurrent requests to share one with it ({@code PLARA_STORE_ROUND_MS}, default 2, 0 for not at all).
 */
public record StoreConfig(Optional<String> mongoUri, String database, String transactions, Path dataDir,
                          Duration roundBound) {

    /** The default bound of a store round. */
    public static final Duration ROUND_BOUND = Duration.ofMillis(2);

    static StoreConfig from(Env env) {
        var transactions = env.optional("MONGODB_TRANSACTIONS").orElse("auto");
        if (!transactions.matches("(?i)auto|on|off")) {
            throw new ConfigException("MONGODB_TRANSACTIONS", "must be auto, on or off");
        }
        var uri = env.optional("MONGODB_URI");
        if (uri.isPresent() && !uri.get().matches("mongodb(\\+srv)?://.+")) {
            throw new ConfigException("MONGODB_URI", "must start with mongodb:// or mongodb+srv://");
        }
        var database = env.optional("MONGODB_DATABASE").orElse("plara");
        long roundMillis = env.parsed("PLARA_STORE_ROUND_MS", Long::parseLong, ROUND_BOUND.toMillis());
        if (roundMillis < 0 || roundMillis > 1000) {
            throw new ConfigException("PLARA_STORE_ROUND_MS", "must be 0 (off) to 1000 milliseconds");
        }
        return new StoreConfig(uri, database, transactions, Path.of(env.optional("PLARA_DATA_DIR").orElse("data")),
                Duration.ofMillis(roundMillis));
    }

    public boolean embedded() {
        return mongoUri.isEmpty();
    }

    /** Never prints the URI, which may hold a password. */
    @Override
    public String toString() {
        return embedded() ? "embedded MongoDB-wire store in " + dataDir.resolve("plara.mv.db")
                : "MongoDB (MONGODB_URI), database " + database + ", transactions " + transactions;
    }
}
