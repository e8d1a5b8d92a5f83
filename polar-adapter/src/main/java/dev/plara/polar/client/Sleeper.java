package dev.plara.polar.client;

import java.time.Duration;

/** Waits between retries; tests pass one that only records the waits. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
