package dev.plara.app.wiring;

import dev.plara.wallet.core.domain.job.JobLease;
import dev.plara.wallet.core.port.out.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The periodic work of a server, shared with every other server on the same store: each job runs once per interval
 * across all of them, by whichever takes its lease in the store ({@link JobLeases}), which the runner renews while the
 * job runs. One thread runs the jobs, another renews; a failing run is logged and a later one tries again.
 */
final class JobRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final JobLeases leases;
    private final String holder;
    private final Duration lease;
    private final ScheduledExecutorService scheduler = daemon("plara-jobs");
    private final ScheduledExecutorService renewals = daemon("plara-job-leases");

    /** Runs jobs as {@code holder}; a run holds its job for {@code lease} past its last renewal (every third of it). */
    JobRunner(JobLeases leases, String holder, Duration lease) {
        this.leases = leases;
        this.holder = holder;
        this.lease = lease;
    }

    /**
     * Runs {@code job} once every {@code interval} across all servers; this one first asks after {@code delay}, then
     * a few times per interval. Logs its result when {@code worthLogging}.
     */
    <T> JobRunner every(Duration interval, Duration delay, String name, Supplier<T> job, Predicate<T> worthLogging) {
        long check = Math.max(100, Math.min(interval.toMillis() / 4, 5_000));
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                leases.acquire(name, holder, interval, lease).ifPresent(held -> run(held, interval, job, worthLogging));
            } catch (RuntimeException failure) {
                LOG.warn("{} could not be started (the store did not answer), will try again", name, failure);
            }
        }, delay.toMillis(), check, TimeUnit.MILLISECONDS);
        return this;
    }

    private <T> void run(JobLease held, Duration interval, Supplier<T> job, Predicate<T> worthLogging) {
        long every = lease.toMillis() / 3;
        long began = System.nanoTime();
        var renewal = renewals.scheduleAtFixedRate(() -> renew(held), every, every, TimeUnit.MILLISECONDS);
        try {
            var result = job.get();
            if (worthLogging.test(result)) {
                LOG.info("{}: {}", held.job(), result);
            }
        } catch (RuntimeException failure) {
            LOG.warn("{} failed, will try again", held.job(), failure);
        } finally {
            renewal.cancel(false);
            leases.release(held);
        }
        var took = Duration.ofNanos(System.nanoTime() - began);
        if (took.compareTo(interval.multipliedBy(2)) > 0 && took.toSeconds() >= 10) {
            LOG.info("{} run {} took {} s, longer than its interval of {} s: the next run waits for the next interval",
                    held.job(), held.term(), took.toSeconds(), interval.toSeconds());
        }
    }

    private void renew(JobLease held) {
        try {
            if (!leases.renew(held, lease)) {
                LOG.warn("{} ran longer than its lease and another server took it over; both finish their runs",
                        held.job());
            }
        } catch (RuntimeException failure) {
            LOG.warn("{}: the store did not answer a lease renewal, will try again", held.job(), failure);
        }
    }

    private static ScheduledExecutorService daemon(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
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
        renewals.shutdownNow();
    }
}
