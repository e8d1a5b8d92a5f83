package dev.plara.mongo.collection;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Participants' commands held until every participant waits for one, then the kind most wait for goes. */
@Timeout(30)
class StoreRoundsTest {

    private static final Duration LONG = Duration.ofSeconds(20);
    private static final Object INSERTS = "inserts";
    private static final Object READS = "reads";

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch done = new CountDownLatch(1);
    /** The participants of a test: each waits until all entered before it goes on. */
    private CountDownLatch entered;

    @AfterEach
    void stop() {
        done.countDown();
        threads.shutdownNow();
    }

    @Test
    void aCommandWaitsUntilEveryParticipantWaitsForOneThenGoes() throws Exception {
        var rounds = new StoreRounds(LONG);
        entered = new CountDownLatch(3);
        var busy = new CountDownLatch(1);
        var other = participant(rounds, () -> await(busy));
        var first = participant(rounds, () -> rounds.await(INSERTS));
        var second = participant(rounds, () -> rounds.await(INSERTS));

        assertStillHeld(first, second);
        busy.countDown();
        other.get(5, TimeUnit.SECONDS);
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
    }

    @Test
    void theKindMostParticipantsWaitForGoesFirstAndTheOthersWait() throws Exception {
        var rounds = new StoreRounds(LONG);
        entered = new CountDownLatch(3);
        var insertsWent = new CountDownLatch(2);
        Runnable insertThenStay = () -> {
            rounds.await(INSERTS);
            insertsWent.countDown();
            await(done);
        };
        var read = participant(rounds, () -> rounds.await(READS));
        participant(rounds, insertThenStay);
        participant(rounds, insertThenStay);

        assertThat(insertsWent.await(5, TimeUnit.SECONDS)).isTrue();
        assertStillHeld(read);
    }

    @Test
    void aParticipantWaitingAsideForAnotherHoldsNoRoundUp() throws Exception {
        var rounds = new StoreRounds(LONG);
        entered = new CountDownLatch(2);
        var turn = new CountDownLatch(1);
        var waiting = participant(rounds, () -> rounds.aside(() -> {
            await(turn);
            return null;
        }));
        var holder = participant(rounds, () -> rounds.await(INSERTS));

        holder.get(5, TimeUnit.SECONDS);
        turn.countDown();
        waiting.get(5, TimeUnit.SECONDS);
    }

    @Test
    void heldCommandsGoOnceNoneCameForTheBound() throws Exception {
        var rounds = new StoreRounds(Duration.ofMillis(200));
        entered = new CountDownLatch(2);
        var stuck = participant(rounds, () -> await(done));
        var held = participant(rounds, () -> rounds.await(INSERTS));

        held.get(5, TimeUnit.SECONDS);
        assertThat(stuck).isNotDone();
    }

    @Test
    void aCommandGoesAfterTenBoundsThoughOthersKeepComingWhileAParticipantIsBusyElsewhere() throws Exception {
        var rounds = new StoreRounds(Duration.ofMillis(100));
        entered = new CountDownLatch(2);
        participant(rounds, () -> await(done));
        var first = participant(rounds, () -> rounds.await(INSERTS));
        long started = System.nanoTime();
        while (!first.isDone() && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(4)) {
            CompletableFuture.runAsync(() -> {
                rounds.enter();
                rounds.await(READS);
            }, threads);
            Thread.sleep(20);
        }

        assertThat(first).isDone();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void threadsThatNeverEnteredAndRoundsWithoutBoundHoldNoOne() throws Exception {
        var rounds = new StoreRounds(LONG);
        entered = new CountDownLatch(1);
        participant(rounds, () -> await(done));
        entered.await();
        CompletableFuture.runAsync(() -> rounds.await(INSERTS), threads).get(5, TimeUnit.SECONDS);

        var none = StoreRounds.none();
        CompletableFuture.runAsync(() -> {
            none.enter();
            none.await(INSERTS);
        }, threads).get(5, TimeUnit.SECONDS);
    }

    /**
     * Runs {@code work} on a thread of its own that entered the rounds first, once every participant of the test has,
     * and leaves them after.
     */
    private CompletableFuture<Void> participant(StoreRounds rounds, Runnable work) {
        return CompletableFuture.runAsync(() -> {
            rounds.enter();
            entered.countDown();
            await(entered);
            try {
                work.run();
            } finally {
                rounds.leave();
            }
        }, threads);
    }

    private static void assertStillHeld(CompletableFuture<?>... commands) throws InterruptedException {
        Thread.sleep(300);
        for (var command : commands) {
            assertThat(command).isNotDone();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
