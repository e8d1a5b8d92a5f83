package dev.plara.mongo.collection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operation still held in its round ({@link StoreRounds}) never takes the turn to send: a caller whose round went,
 * or who takes no part in the rounds, sends at once and carries it along.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CoalescerRoundsTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch firstInFlight = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);
    private final CountDownLatch busy = new CountDownLatch(1);
    private final CountDownLatch entered = new CountDownLatch(2);
    private final List<List<String>> sent = new CopyOnWriteArrayList<>();

    @Test
    void aCallerWhoseRoundWentSendsAtOnceAndCarriesTheOperationStillHeld() throws Exception {
        var rounds = new StoreRounds(Duration.ofSeconds(20));
        var coalescer = new Coalescer<>(new BatchSender<String, String>() {
            @Override
            public String one(String operation) {
                if (operation.equals("first")) {
                    firstInFlight.countDown();
                    await(releaseFirst);
                }
                sent.add(List.of(operation));
                return operation;
            }

            @Override
            public List<Outcome<String>> many(List<String> operations) {
                sent.add(operations);
                return operations.stream().map(Outcome::of).toList();
            }
        }, 8, rounds);
        threads.submit(() -> asParticipant(rounds, () -> await(busy)));
        var first = CompletableFuture.supplyAsync(() -> coalescer.submit("first"), threads);
        assertThat(firstInFlight.await(5, TimeUnit.SECONDS)).isTrue();
        var held = CompletableFuture.supplyAsync(() -> asParticipant(rounds, () -> coalescer.submit("held")), threads);
        Thread.sleep(300);

        releaseFirst.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        var later = CompletableFuture.supplyAsync(() -> coalescer.submit("later"), threads);

        assertThat(later.get(5, TimeUnit.SECONDS)).as("not kept waiting by the held operation").isEqualTo("later");
        assertThat(sent).containsExactly(List.of("first"), List.of("held", "later"));
        assertThat(held).isNotDone();
        busy.countDown();
        assertThat(held.get(5, TimeUnit.SECONDS)).isEqualTo("held");
    }

    private <T> T asParticipant(StoreRounds rounds, java.util.function.Supplier<T> work) {
        rounds.enter();
        entered.countDown();
        await(entered);
        try {
            return work.get();
        } finally {
            rounds.leave();
        }
    }

    private void asParticipant(StoreRounds rounds, Runnable work) {
        asParticipant(rounds, () -> {
            work.run();
            return null;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
