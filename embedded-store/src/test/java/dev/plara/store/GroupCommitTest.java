package dev.plara.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTest {

    /** A store whose commit makes durable exactly what was written before it began. */
    private static final class FakeStore {
        final AtomicLong written = new AtomicLong();
        final AtomicLong durable = new AtomicLong();
        final AtomicInteger commits = new AtomicInteger();

        void commit() {
            long upTo = written.get();
            commits.incrementAndGet();
            Thread.onSpinWait();
            durable.accumulateAndGet(upTo, Math::max);
        }
    }

    @Test
    @Timeout(60)
    void noWriterReturnsBeforeItsWriteIsCommittedAndConcurrentWritersShareCommits() throws Exception {
        var store = new FakeStore();
        var commits = new GroupCommit(store::commit);
        var notDurableOnReturn = new AtomicInteger();
        var writers = new ArrayList<Callable<Void>>();
        for (int t = 0; t < 8; t++) {
            writers.add(() -> {
                for (int i = 0; i < 2_000; i++) {
                    long mine = store.written.incrementAndGet();
                    commits.awaitCommitOfWhatIsWritten();
                    if (store.durable.get() < mine) {
                        notDurableOnReturn.incrementAndGet();
                    }
                }
                return null;
            });
        }
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (var done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(notDurableOnReturn).hasValue(0);
        assertThat(store.durable).hasValue(16_000);
        assertThat(store.commits.get()).isBetween(1, 16_000);
    }

    @Test
    void aFailedCommitIsThrownToItsLeaderAndTheNextWriterCommitsAgain() {
        var attempts = new AtomicInteger();
        var commits = new GroupCommit(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });

        assertThatThrownBy(commits::awaitCommitOfWhatIsWritten).hasMessage("disk full");
        commits.awaitCommitOfWhatIsWritten();

        assertThat(attempts).hasValue(2);
    }
}
