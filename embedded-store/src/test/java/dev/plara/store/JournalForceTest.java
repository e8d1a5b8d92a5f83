package dev.plara.store;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void changesOfFifteenRoundsWaitForTheSixteenthToCheckpoint() {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open(ROUNDS_BY_HAND);
            var entries = harness.database(backend).getCollection("entries");
            entries.insertOne(new Document("_id", "first"));
            backend.journal().checkpoint();
            long version = backend.getMvStore().getCurrentVersion();
            int rounds = SyncSchedule.STORE.roundsPerCheckpoint();

            for (int round = 1; round < rounds; round++) {
                entries.insertOne(new Document("_id", "e" + round));
                backend.diskSync().forceJournal();
                backend.diskSync().checkpointIfDue();
            }
            long afterFifteen = backend.getMvStore().getCurrentVersion();
            entries.insertOne(new Document("_id", "last"));
            backend.diskSync().checkpointIfDue();

            assertThat(afterFifteen).as("H2's version after %d rounds", rounds - 1).isEqualTo(version);
            assertThat(backend.getMvStore().getCurrentVersion()).as("after the next").isEqualTo(version + 1);
            assertThat(backend.getMvStore().hasUnsavedChanges()).isFalse();
        }
    }

    /** A round checkpoints before the interval is over once H2 holds the memory of changed pages it may hold. */
    @Test
    void aRoundCheckpointsOnceH2HoldsTheChangedPagesItMay() {
        var schedule = ROUNDS_BY_HAND;
        assertThat(versionsAfterOneRound(new SyncSchedule(schedule.round(), schedule.roundsPerCheckpoint(),
                schedule.journalBytes(), 1))).isEqualTo(1);
    }

    /** A round checkpoints before the interval is over once the journal grew by what the schedule allows. */
    @Test
    void aRoundCheckpointsOnceTheJournalGrewByWhatItMay() {
        var schedule = ROUNDS_BY_HAND;
        assertThat(versionsAfterOneRound(new SyncSchedule(schedule.round(), schedule.roundsPerCheckpoint(), 1,
                schedule.unsavedMemory()))).isEqualTo(1);
    }

    /** The commits H2 made in one round that followed a write, on {@code schedule}. */
    private long versionsAfterOneRound(SyncSchedule schedule) {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open(schedule);
            var entries = harness.database(backend).getCollection("entries");
            entries.insertOne(new Document("_id", "first"));
            backend.journal().checkpoint();
            long version = backend.getMvStore().getCurrentVersion();

            entries.insertOne(new Document("_id", "second"));
            backend.diskSync().checkpointIfDue();

            return backend.getMvStore().getCurrentVersion() - version;
        }
    }

    /**
     * A command that makes a collection is answered once H2 committed it (handed to the operating system); the next
     * checkpoint forces it to the disk and drops the journal file it covers, even when nothing was written since.
     */
    @Test
    void theCheckpointAfterACollectionIsMadeForcesItToTheDisk() {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open(ROUNDS_BY_HAND);
            harness.database(backend).createCollection("entries");
            assertThat(harness.journals()).extracting(CrashHarness::number).containsExactly(1L, 2L);

            backend.journal().checkpoint();

            assertThat(harness.journals()).as("journal files left").extracting(CrashHarness::number)
                    .containsExactly(2L);
        }
    }
}
