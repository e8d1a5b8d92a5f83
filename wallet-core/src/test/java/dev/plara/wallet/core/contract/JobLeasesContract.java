package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.job.JobLease;
import dev.plara.wallet.core.port.out.JobLeases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link JobLeases} contract, run against every implementation. The store keeps its own time, so the waits here
 * are real (and short); none asserts that something happened before a time, only after it.
 */
public abstract class JobLeasesContract {

    private static final Duration LONG = Duration.ofMinutes(5);
    private static final Duration SHORT = Duration.ofMillis(150);

    private JobLeases leases;

    protected abstract JobLeases newStore();

    @BeforeEach
    void createStore() {
        leases = newStore();
    }

    @Test
    void aJobRunsOncePerIntervalWhoeverAsks() throws InterruptedException {
        assertThat(leases.acquire("sweep", "a", SHORT, LONG)).contains(new JobLease("sweep", "a", 1));
        assertThat(leases.acquire("sweep", "b", SHORT, LONG)).as("held by a").isEmpty();
        leases.release(new JobLease("sweep", "a", 1));
        assertThat(leases.acquire("other-job", "b", SHORT, LONG)).as("another job is its own").isPresent();

        Thread.sleep(SHORT.multipliedBy(2).toMillis());
        assertThat(leases.acquire("sweep", "b", SHORT, LONG)).contains(new JobLease("sweep", "b", 2));
        assertThat(leases.acquire("sweep", "a", SHORT, LONG)).isEmpty();
        assertThat(leases.runs("sweep")).isEqualTo(2);
        assertThat(leases.runs("never-run")).isZero();
    }

    @Test
    void aReleasedRunStillWaitsForTheNextSlot() {
        var held = leases.acquire("reconciliation", "a", LONG, LONG).orElseThrow();
        leases.release(held);

        assertThat(leases.acquire("reconciliation", "a", LONG, LONG)).isEmpty();
        assertThat(leases.acquire("reconciliation", "b", LONG, LONG)).isEmpty();
        assertThat(leases.runs("reconciliation")).isOne();
    }

    @Test
    void aRenewedLeaseOutlastsItsIntervalAndOneLeftToRunOutIsTakenOver() throws InterruptedException {
        var held = leases.acquire("outbox", "a", Duration.ofMillis(1), SHORT.multipliedBy(2)).orElseThrow();
        for (int i = 0; i < 4; i++) {
            Thread.sleep(SHORT.toMillis() / 2);
            assertThat(leases.renew(held, SHORT.multipliedBy(2))).as("renewed while running").isTrue();
            assertThat(leases.acquire("outbox", "b", Duration.ofMillis(1), SHORT)).as("still a's").isEmpty();
        }

        Thread.sleep(SHORT.multipliedBy(3).toMillis());
        var taken = leases.acquire("outbox", "b", Duration.ofMillis(1), LONG);
        assertThat(taken).as("the lease ran out").contains(new JobLease("outbox", "b", 2));
        assertThat(leases.renew(held, LONG)).as("a lost it").isFalse();
        leases.release(held);
        assertThat(leases.renew(taken.orElseThrow(), LONG)).as("a's release left b's lease alone").isTrue();
    }

    @Test
    void ofManyHoldersRacingForADueJobExactlyOneGetsIt() throws Exception {
        var start = new CountDownLatch(1);
        var racers = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            await(start);
            return leases.acquire("inbox replay", "holder-" + i, LONG, LONG);
        })).toList();
        start.countDown();

        assertThat(racers.stream().map(CompletableFuture::join).filter(Optional::isPresent).count()).isOne();
        assertThat(leases.runs("inbox replay")).isOne();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
