package dev.plara.mongo.collection;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;

/** Which held commands go at a round: the most common kind, those of no kind, and a patient command's kind whole. */
class HeldCommandsTest {

    private static final Object INSERTS = "inserts";
    private static final Object READS = "reads";

    private final HeldCommands held = new HeldCommands(2);
    /** The rounds' lock, which guards the held commands: this test's thread holds it throughout. */
    private final ReentrantLock lock = new ReentrantLock();

    @BeforeEach
    void takeTheLock() {
        lock.lock();
    }

    @AfterEach
    void releaseTheLock() {
        lock.unlock();
    }

    @Test
    void theMostCommonKindAndCommandsOfNoKindGoTheOthersWait() {
        var read = hold(READS);
        var insert = hold(INSERTS);
        var anotherInsert = hold(INSERTS);
        var alone = hold(null);

        held.goRound();

        assertThat(insert.gone()).isTrue();
        assertThat(anotherInsert.gone()).isTrue();
        assertThat(alone.gone()).isTrue();
        assertThat(read.gone()).isFalse();
        assertThat(held.size()).isEqualTo(1);
    }

    @Test
    void aKindOneOfWhoseCommandsWaitedPastItsPatienceGoesWholeEvenItsNewestCommand() {
        var oldRead = hold(READS);
        for (int round = 0; round < 2; round++) {
            hold(INSERTS);
            hold(INSERTS);
            held.goRound();
            assertThat(oldRead.gone()).as("round %d", round).isFalse();
        }
        hold(INSERTS);
        hold(INSERTS);
        var newRead = hold(READS);

        held.goRound();

        assertThat(oldRead.gone()).isTrue();
        assertThat(newRead.gone()).as("it would wait behind the old read in their coalescer").isTrue();
        assertThat(held.size()).isZero();
    }

    @Test
    void everyCommandGoesWhenAllAreLetGo() {
        var read = hold(READS);
        var insert = hold(INSERTS);

        held.goAll();

        assertThat(read.gone()).isTrue();
        assertThat(insert.gone()).isTrue();
        assertThat(held.size()).isZero();
    }

    private HeldCommands.Held hold(Object kind) {
        return held.hold(kind, lock.newCondition());
    }
}
