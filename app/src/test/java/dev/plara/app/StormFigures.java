package dev.plara.app;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What a {@link WebhookStorm} saw: answers by status class (and exact status) and connection errors, per phase. */
final class StormFigures {

    /** Where the storm was when an attempt was sent. */
    enum Phase { BEFORE_KILL, DURING_RESTART, AFTER_RESTART, RETRIES }

    /** How attempts ended: a status class, or no answer at all. */
    enum Outcome { S2XX, S4XX, S5XX, OTHER, CONNECTION_ERROR }

    private final Map<Phase, Map<Outcome, AtomicInteger>> counts = new EnumMap<>(Phase.class);
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private volatile Phase phase = Phase.BEFORE_KILL;
    private volatile long killedAt;
    private volatile Duration downtime = Duration.ZERO;
    private volatile Duration elapsed = Duration.ZERO;
    private volatile int undelivered;

    StormFigures() {
        for (Phase each : Phase.values()) {
            var outcomes = new EnumMap<Outcome, AtomicInteger>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                outcomes.put(outcome, new AtomicInteger());
            }
            counts.put(each, outcomes);
        }
    }

    Phase phase() {
        return phase;
    }

    void disrupting() {
        killedAt = System.nanoTime();
        phase = Phase.DURING_RESTART;
    }

    void restarted() {
        downtime = Duration.ofNanos(System.nanoTime() - killedAt);
        phase = Phase.AFTER_RESTART;
    }

    void retrying() {
        phase = Phase.RETRIES;
    }

    void answered(Phase when, int status) {
        statuses.computeIfAbsent(status, any -> new AtomicInteger()).incrementAndGet();
        var outcome = switch (status / 100) {
            case 2 -> Outcome.S2XX;
            case 4 -> Outcome.S4XX;
            case 5 -> Outcome.S5XX;
            default -> Outcome.OTHER;
        };
        counts.get(when).get(outcome).incrementAndGet();
    }

    void unreachable(Phase when) {
        counts.get(when).get(Outcome.CONNECTION_ERROR).incrementAndGet();
    }

    void finish(int stillUndelivered, long nanos) {
        undelivered = stillUndelivered;
        elapsed = Duration.ofNanos(nanos);
    }

    int total(Outcome outcome) {
        return counts.values().stream().mapToInt(outcomes -> outcomes.get(outcome).get()).sum();
    }

    int attempts() {
        return counts.values().stream().flatMap(outcomes -> outcomes.values().stream()).mapToInt(AtomicInteger::get).sum();
    }

    int undelivered() {
        return undelivered;
    }

    @Override
    public String toString() {
        var text = new StringBuilder("attempts " + attempts() + " in " + elapsed.toMillis() + " ms (server down "
                + downtime.toMillis() + " ms), statuses " + statuses + ", undelivered " + undelivered);
        counts.forEach((when, outcomes) -> text.append("\n  ").append(when).append(": ").append(outcomes));
        return text.toString();
    }
}
