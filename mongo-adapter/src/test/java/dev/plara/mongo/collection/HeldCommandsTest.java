package dev.plara.mongo.collection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which held commands go at a round: the most common kind, those of no kind, and a patient command's kind whole. */
class HeldCommandsTest {

    private static final Object INSERTS = "inserts";
    private static final Object READS = "reads";

    private final HeldCommands held = new HeldCommands(2);

    @Test
    void theMostCommonKindAndCommandsOfNoKindGoTheOthersWait() {
        var read = held.hold(READS);
        var insert = held.hold(INSERTS);
        var anotherInsert = held.hold(INSERTS);
        var alone = held.hold(null);

        held.goRound();

        assertThat(insert.gone()).isTrue();
        assertThat(anotherInsert.gone()).isTrue();
        assertThat(alone.gone()).isTrue();
        assertThat(read.gone()).isFalse();
        assertThat(held.size()).isEqualTo(1);
    }

    @Test
    void aKindOneOfWhoseCommandsWaitedPastItsPatienceGoesWholeEvenItsNewestCommand() {
        var oldRead = held.hold(READS);
        for (int round = 0; round < 2; round++) {
            held.hold(INSERTS);
            held.hold(INSERTS);
            held.goRound();
            assertThat(oldRead.gone()).as("round %d", round).isFalse();
        }
        held.hold(INSERTS);
        held.hold(INSERTS);
        var newRead = held.hold(READS);

        held.goRound();

        assertThat(oldRead.gone()).isTrue();
        assertThat(newRead.gone()).as("it would wait behind the old read in their coalescer").isTrue();
        assertThat(held.size()).isZero();
    }

    @Test
    void everyCommandGoesWhenAllAreLetGo() {
        var read = held.hold(READS);
        var insert = held.hold(INSERTS);

        held.goAll();

        assertThat(read.gone()).isTrue();
        assertThat(insert.gone()).isTrue();
        assertThat(held.size()).isZero();
    }
}
