package dev.plara.mongo.collection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An error (not an exception: a stack overflow, memory run out) thrown while a shared command is sent or its outcomes
 * handed out leaves no caller waiting for ever, and the next caller still sends: errors cannot be made to happen over
 * the wire on demand, so a sender stands in for the store here.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CoalescerTest {

    private final ExecutorService threads = Executors.newCachedThreadPool(work -> {
        var thread = new Thread(work, "caller");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch firstInFlight = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    @Test
    void anErrorWhileOutcomesAreHandedOutFailsTheirCallersAndTheNextCallerStillSends() throws Exception {
        var coalescer = new Coalescer<>(new BatchSender<String, String>() {
            @Override
            public String one(String operation) {
                holdFirst();
                return operation;
            }

            @Override
            public List<Outcome<String>> many(List<String> operations) {
                return new AbstractList<>() {
                    @Override
                    public Outcome<String> get(int index) {
                        throw new StackOverflowError("handing out outcomes");
                    }

                    @Override
                    public int size() {
                        return operations.size();
                    }
                };
            }
        }, 8, StoreRounds.none());

        var first = CompletableFuture.supplyAsync(() -> coalescer.submit("first"), threads);
        firstInFlight.await(5, TimeUnit.SECONDS);
        var second = CompletableFuture.supplyAsync(() -> coalescer.submit("second"), threads);
        var third = CompletableFuture.supplyAsync(() -> coalescer.submit("third"), threads);
        Thread.sleep(300);
        releaseFirst.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(List.of(failure(second), failure(third))).satisfiesExactlyInAnyOrder(
                failure -> assertThat(failure).isInstanceOf(StackOverflowError.class),
                failure -> assertThat(failure).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("may or may not have been kept"));
        assertThat(CompletableFuture.supplyAsync(() -> coalescer.submit("next"), threads).get(5, TimeUnit.SECONDS))
                .isEqualTo("next");
    }

    @Test
    void anErrorWhileACommandIsSentReachesItsCallerAndTheNextCallerStillSends() throws Exception {
        var coalescer = new Coalescer<>(new BatchSender<String, String>() {
            @Override
            public String one(String operation) {
                if (operation.equals("broken")) {
                    throw new OutOfMemoryError("sending");
                }
                return operation;
            }

            @Override
            public List<Outcome<String>> many(List<String> operations) {
                return operations.stream().map(Outcome::of).toList();
            }
        }, 8, StoreRounds.none());

        assertThatThrownBy(() -> coalescer.submit("broken")).isInstanceOf(OutOfMemoryError.class);
        assertThat(CompletableFuture.supplyAsync(() -> coalescer.submit("next"), threads).get(5, TimeUnit.SECONDS))
                .isEqualTo("next");
    }

    private void holdFirst() {
        firstInFlight.countDown();
        try {
            releaseFirst.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Throwable failure(CompletableFuture<String> call) throws Exception {
        try {
            return new AssertionError("answered " + call.get(5, TimeUnit.SECONDS));
        } catch (ExecutionException failed) {
            return failed.getCause();
        }
    }
}
