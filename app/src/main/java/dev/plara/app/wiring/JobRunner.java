package dev.plara.app.wiring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The periodic work of a server: sending the outbox, replaying the webhook inbox, sweeping interrupted work and
 * reconciling with Polar. One thread; a failing run is logged and the next one tries again.
 */
final class JobRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "plara-jobs");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code job} every {@code period}, first after {@code delay}; logs its result when {@code worthLogging}. */
    <T> JobRunner every(Duration period, Duration delay, String name, Supplier<T> job,
                             Predicate<T> worthLogging) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                var result = job.get();
                if (worthLogging.test(result)) {
                    LOG.info("{}: {}", name, result);
                }
            } catch (RuntimeException failure) {
                LOG.warn("{} failed, will try again", name, failure);
            }
        }, delay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
