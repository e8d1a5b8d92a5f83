package dev.plara.store;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The journal is forced to the disk at every round, though H2 commits what it holds only every few seconds
 * ({@link SyncSchedule#STORE}): the rounds run here one by one, as the schedule's threads would run them.
 */
class JournalForceTest {

    /** The store's schedule, its rounds run by the test. */
    private static final SyncSchedule ROUNDS_BY_HAND = CrashHarness.roundsByHand(SyncSchedule.STORE);

    @TempDir
    Path dir;

    /**
     * {@code /dev/null} takes the journal's writes and refuses to force them, so the round that forces the journal
     * stops the store, though no checkpoint ran.
     */
    @Test
    void aRoundForcesTheJournalWithoutACheckpoint() throws Exception {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open(ROUNDS_BY_HAND);
            var entries = harness.database(backend).getCollection("entries");
            // the commit of the collection's creation opens journal file 2: a disk that cannot force
            Files.createSymbolicLink(harness.journal(2), Path.of("/dev/null"));
            harness.database(backend).createCollection("entries");
            entries.insertOne(new Document("_id", "acknowledged"));
            long version = backend.getMvStore().getCurrentVersion();

            backend.diskSync().forceJournal();

            assertThat(backend.getMvStore().getCurrentVersion()).as("H2's version: no checkpoint ran")
                    .isEqualTo(version);
            assertThatThrownBy(() -> entries.insertOne(new Document("_id", "after")))
                    .as("a write once the journal could not be forced").hasMessageContaining("cannot force");
        }
    }

    /** Fifteen rounds with writes in each leave H2 uncommitted; the sixteenth commits them all, once. */
    @Test
    void changesOfFifteenRoundsWaitForTheSixteenthToCheckpoint() throws IOException {
        int rounds = SyncSchedule.STORE.roundsPerCheckpoint();

        assertThat(commitsInRounds(ROUNDS_BY_HAND, rounds - 1)).as("H2's commits in %d rounds", rounds - 1).isZero();
        assertThat(commitsInRounds(ROUNDS_BY_HAND, rounds)).as("in %d", rounds).isEqualTo(1);
    }

    /** A round checkpoints before the interval is over once H2 holds the memory of changed pages it may hold. */
    @Test
    void aRoundCheckpointsOnceH2HoldsTheChangedPagesItMay() throws IOException {
        var schedule = ROUNDS_BY_HAND;
        assertThat(commitsInRounds(new SyncSchedule(schedule.round(), schedule.roundsPerCheckpoint(),
                schedule.journalBytes(), 1), 1)).isEqualTo(1);
    }

    /** A round checkpoints before the interval is over once the journal grew by what the schedule allows. */
    @Test
    void aRoundCheckpointsOnceTheJournalGrewByWhatItMay() throws IOException {
        var schedule = ROUNDS_BY_HAND;
        assertThat(commitsInRounds(new SyncSchedule(schedule.round(), schedule.roundsPerCheckpoint(), 1,
                schedule.unsavedMemory()), 1)).isEqualTo(1);
    }

    /** The commits H2 made in {@code rounds} rounds on {@code schedule}, a write before each, in a store of its own. */
    private long commitsInRounds(SyncSchedule schedule, int rounds) throws IOException {
        try (var harness = new CrashHarness(Files.createTempDirectory(dir, "store"))) {
            var backend = harness.open(schedule);
            var entries = harness.database(backend).getCollection("entries");
            entries.insertOne(new Document("_id", "first"));
            backend.journal().checkpoint();
            long version = backend.getMvStore().getCurrentVersion();

            for (int round = 1; round <= rounds; round++) {
                entries.insertOne(new Document("_id", "e" + round));
                backend.diskSync().forceJournal();
                backend.diskSync().checkpointIfDue();
            }
            assertThat(backend.getMvStore().hasUnsavedChanges()).as("changes left after a checkpoint")
                    .isEqualTo(backend.getMvStore().getCurrentVersion() == version);
            return backend.getMvStore().getCurrentVersion() - version;
        }
    }

    /**
     * A command that makes a collection is answered once H2 committed it and forced its file to the disk (the journal
     * file that commit covers is dropped only after that), no round needed: journal records written after it, forced
     * by the next round, never name a map a power loss could take from the file.
     */
    @Test
    void aCommandThatMakesACollectionIsAnsweredOnceItsCommitIsOnTheDisk() {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open(ROUNDS_BY_HAND);
            harness.database(backend).createCollection("entries");

            assertThat(harness.journals()).as("journal files left").extracting(CrashHarness::number)
                    .containsExactly(2L);
            assertThat(backend.journal().holdsUnsyncedCommit()).as("a commit not yet forced to the disk").isFalse();
        }
    }
}
