package dev.plara.http.web;

import dev.plara.http.RateLimits;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory token bucket per key (a user id, or a client address for guests); refuses with 429 and retry-after. */
public final class RateLimiter {

    private static final int SWEEP_AT = 10_000;

    private final RateLimits.Limit limit;
    private final Clock clock;
    private final String what;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param what what is limited, for the refusal ("checkouts", "deposit submissions") */
    public RateLimiter(RateLimits.Limit limit, Clock clock, String what) {
        this.limit = limit;
        this.clock = clock;
        this.what = what;
    }

    /** Takes one token for {@code key}, or refuses the request saying how many seconds to wait. */
    public void take(Context ctx, String key) {
        var now = clock.instant();
        if (buckets.size() >= SWEEP_AT) {
            buckets.values().removeIf(bucket -> bucket.fullAt(now));
        }
        long wait = buckets.computeIfAbsent(key, unused -> new Bucket(limit, now)).take(now);
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ProblemException(ProblemType.RATE_LIMITED.problem("too many " + what + "; try again in "
                    + wait + " s").with("retry_after", wait));
        }
    }

    /** Gives back the token a request took, for a request refused for what it sent, so that it costs nothing. */
    public void giveBack(String key) {
        var bucket = buckets.get(key);
        if (bucket != null) {
            bucket.giveBack();
        }
    }

    /** One key's tokens, refilled continuously up to the burst. */
    private static final class Bucket {
        private final RateLimits.Limit limit;
        private double tokens;
        private Instant updated;

        Bucket(RateLimits.Limit limit, Instant now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.updated = now;
        }

        /** 0 when a token was taken, else the whole seconds until one is available. */
        synchronized long take(Instant now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double missingNanos = (1 - tokens) * limit.refillEvery().toNanos();
            return Math.max(1, (long) Math.ceil(missingNanos / Duration.ofSeconds(1).toNanos()));
        }

        synchronized void giveBack() {
            tokens = Math.min(limit.burst(), tokens + 1);
        }

        synchronized boolean fullAt(Instant now) {
            refill(now);
            return tokens >= limit.burst();
        }

        private void refill(Instant now) {
            if (now.isAfter(updated)) {
                double gained = (double) Duration.between(updated, now).toNanos() / limit.refillEvery().toNanos();
                tokens = Math.min(limit.burst(), tokens + gained);
                updated = now;
            }
        }
    }
}
