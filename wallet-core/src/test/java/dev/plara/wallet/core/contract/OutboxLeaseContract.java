package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.notification.OutboxStatus;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.port.out.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link Outbox} contract's leases, run against every implementation through {@link OutboxContract}: one worker
 * holds a message at a time, batches, releases and racing workers.
 */
public abstract class OutboxLeaseContract {

    protected static final Duration LEASE = Duration.ofSeconds(30);

    protected final TestClock clock = TestClock.standard();
    protected Outbox outbox;

    protected abstract Outbox newStore();

    @BeforeEach
    void createStore() {
        outbox = newStore();
    }

    protected OutboxMessage telegram(String key) {
        return new OutboxMessage(key, Channel.TELEGRAM, null, null, "credited " + key, clock.tick());
    }

    /** The lease is short and really waited out too, for a store that times leases by its own clock. */
    @Test
    void aLeasedMessageCannotBeClaimedByAnotherWorkerUntilTheLeaseRunsOut() throws InterruptedException {
        outbox.enqueue(telegram("m1"));
        var shortLease = Duration.ofSeconds(1);

        assertThat(outbox.claimDue(clock.tick(), "worker-a", shortLease, 10)).hasSize(1);
        assertThat(outbox.claimDue(clock.tick(), "worker-b", LEASE, 10)).isEmpty();
        clock.advance(shortLease);
        Thread.sleep(shortLease.toMillis() + 50);
        assertThat(outbox.claimDue(clock.tick(), "worker-b", LEASE, 10)).hasSize(1);
        assertThat(outbox.markSent("m1", "worker-a")).isFalse();
        assertThat(outbox.markSent("m1", "worker-b")).isTrue();
        assertThat(outbox.find("m1").orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(outbox.claimDue(clock.advance(Duration.ofHours(1)), "worker-a", LEASE, 10)).isEmpty();
    }

    @Test
    void finishingABatchTakesEffectOnlyForTheWorkerHoldingEachMessage() {
        IntStream.rangeClosed(1, 4).forEach(i -> outbox.enqueue(telegram("m" + i)));
        var now = clock.tick();
        assertThat(outbox.claimDue(now, "worker-a", LEASE, 2)).extracting(d -> d.message().key()).containsExactly("m1", "m2");
        assertThat(outbox.claimDue(now, "worker-b", LEASE, 10)).extracting(d -> d.message().key()).containsExactly("m3", "m4");

        assertThat(outbox.release(List.of("m3"), "worker-a")).isZero();
        assertThat(markEachSent(List.of("m1", "m2", "m3", "m4"), "worker-a")).isEqualTo(2);

        assertThat(List.of("m1", "m2", "m3", "m4")).extracting(key -> outbox.find(key).orElseThrow().status())
                .containsExactly(OutboxStatus.SENT, OutboxStatus.SENT, OutboxStatus.PENDING, OutboxStatus.PENDING);
        assertThat(markEachSent(List.of("m1"), "worker-a")).as("a message is finished once").isZero();
        assertThat(outbox.claimDue(now, "worker-c", LEASE, 10)).as("worker-b still holds m3 and m4").isEmpty();
        assertThat(markEachSent(List.of("m3", "m4"), "worker-b")).isEqualTo(2);
    }

    @Test
    void aReleasedMessageIsClaimableAtOnceByAnyWorkerAndNoLongerItsFormerHolders() {
        IntStream.rangeClosed(1, 3).forEach(i -> outbox.enqueue(telegram("m" + i)));
        var now = clock.tick();
        assertThat(outbox.claimDue(now, "worker-a", LEASE, 10)).hasSize(3);

        assertThat(outbox.release(List.of("m2", "m3"), "worker-a")).isEqualTo(2);

        assertThat(outbox.claimDue(now, "worker-b", LEASE, 10)).extracting(d -> d.message().key())
                .containsExactly("m2", "m3");
        assertThat(markEachSent(List.of("m2"), "worker-a")).isZero();
        assertThat(outbox.release(List.of("m1"), "worker-b")).isZero();
        assertThat(outbox.claimDue(now, "worker-c", LEASE, 10)).as("worker-a still holds m1").isEmpty();
        assertThat(outbox.find("m2").orElseThrow().attempts()).as("a release counts no attempt").isZero();
    }

    /** A batch holding messages whose lease ran out (by the store's clock, really waited) and never-leased ones. */
    @Test
    void aBatchRetakesMessagesWhoseLeaseRanOutBesideFreeOnesAndLeavesLiveLeases() throws InterruptedException {
        IntStream.rangeClosed(1, 2).forEach(i -> outbox.enqueue(telegram("m" + i)));
        var shortLease = Duration.ofSeconds(1);
        assertThat(outbox.claimDue(clock.tick(), "worker-a", shortLease, 10)).hasSize(2);
        outbox.enqueue(telegram("m3"));
        outbox.enqueue(telegram("m4"));
        assertThat(outbox.claimDue(clock.tick(), "worker-b", LEASE, 1)).extracting(d -> d.message().key())
                .containsExactly("m3");

        clock.advance(shortLease);
        Thread.sleep(shortLease.toMillis() + 50);

        assertThat(outbox.claimDue(clock.tick(), "worker-c", LEASE, 10)).extracting(d -> d.message().key())
                .containsExactly("m1", "m2", "m4");
        assertThat(markEachSent(List.of("m1", "m2"), "worker-a")).isZero();
        assertThat(markEachSent(List.of("m1", "m2", "m3", "m4"), "worker-c")).isEqualTo(3);
        assertThat(markEachSent(List.of("m3"), "worker-b")).isEqualTo(1);
    }

    /** Workers claiming batches and finishing them, racing until nothing is left: each message is claimed once. */
    @Test
    void racingWorkersClaimingAndFinishingBatchesTakeEachMessageOnce() {
        IntStream.rangeClosed(1, 150).forEach(i -> outbox.enqueue(telegram("m" + i)));
        var now = clock.tick();
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());

        IntStream.range(0, 5).mapToObj(w -> CompletableFuture.runAsync(() -> {
            var worker = "worker-" + w;
            for (var batch = outbox.claimDue(now, worker, LEASE, 7 + 4 * w); !batch.isEmpty();
                 batch = outbox.claimDue(now, worker, LEASE, 7 + 4 * w)) {
                var keys = batch.stream().map(d -> d.message().key()).toList();
                claimed.addAll(keys);
                assertThat(markEachSent(keys, worker)).isEqualTo(keys.size());
            }
        })).toList().forEach(CompletableFuture::join);

        assertThat(claimed).hasSize(150).doesNotHaveDuplicates();
    }

    @Test
    void racingWorkersNeverClaimTheSameMessage() {
        IntStream.rangeClosed(1, 60).forEach(i -> outbox.enqueue(telegram("m" + i)));
        var now = clock.tick();
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());

        IntStream.range(0, 6).mapToObj(w -> CompletableFuture.runAsync(() -> {
            for (int round = 0; round < 10; round++) {
                outbox.claimDue(now, "worker-" + w, LEASE, 3).forEach(d -> claimed.add(d.message().key()));
            }
        })).toList().forEach(CompletableFuture::join);

        assertThat(claimed).hasSize(60).doesNotHaveDuplicates();
    }

    /** Marks each of {@code keys} sent for {@code worker}; answers how many it held. */
    protected int markEachSent(List<String> keys, String worker) {
        return (int) keys.stream().filter(key -> outbox.markSent(key, worker)).count();
    }
}
