package dev.plara.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.SingleFileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rewrite of the file's sparse chunks that fails does not hold back the checkpoint of the writes the journal holds
 * ({@link DiskSync}): the file's commit covers the journal and holds every write.
 */
class CompactionFailureCheckpointTest {

    @TempDir
    Path dir;

    @Test
    void aCheckpointIsMadeEvenWhenTheTidyingOfTheFileFails() {
        var fileStore = new SingleFileStore(new HashMap<>()) {
            @Override
            public boolean compact(int targetFillRate, int write) {
                throw new IllegalStateException("a page of an old chunk could not be read");
            }
        };
        fileStore.open(dir.resolve("s.mv.db").toString(), false, null);
        var store = new MVStore.Builder().adoptFileStore(fileStore).open();
        var files = new JournalFiles(dir);
        var journal = new Journal(store, files, 0, new StoreStop());
        MVMap<Object, Object> map = store.openMap("c");
        map.put("k", 1L);
        journal.put(map, "k", 1L);
        journal.flush();
        var sync = new DiskSync(store, journal,
                CrashHarness.roundsByHand(SyncSchedule.checkpointEvery(Duration.ofMillis(1))), new StoreStop());
        try {
            sync.checkpointIfDue();
            assertThat(JournalReplay.coveredUpTo(store)).as("journal files the file's commit covers").isEqualTo(1);
            assertThat(store.hasUnsavedChanges()).as("acknowledged writes left uncommitted").isFalse();
        } finally {
            sync.close();
            store.closeImmediately();
        }
    }
}
