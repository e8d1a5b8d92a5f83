package dev.plara.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.function.Function;

/**
 * Brings a store's file up to date with its journal when it opens: applies, in order, every change of the journal
 * files the file's last commit did not cover, then commits and drops them. Applying a change again is harmless (a map
 * ends holding the last value recorded for each key), so it does not matter which of them the file already held. A
 * change to a map the file does not have belongs to a command never acknowledged (a command that creates a collection
 * or an index is answered only after a commit covering it), and is skipped.
 */
final class JournalReplay {

    private static final Logger LOG = LoggerFactory.getLogger(JournalReplay.class);
    private static final String MAP = "plara.journal";
    private static final String COVERED = "covered";

    private JournalReplay() {
    }

    /**
     * Replays the journal into {@code store}, opening each map it names with {@code maps} (its key and value types),
     * then commits, forces the file to the disk and drops the journal files it now holds. A file closed cleanly has no
     * journal files left, and nothing is done.
     */
    static void replay(MVStore store, JournalFiles files, Function<String, MVMap<Object, Object>> maps) {
        var present = files.numbers();
        if (present.isEmpty()) {
            return;
        }
        long coveredBefore = coveredUpTo(store);
        var uncovered = present.stream().filter(number -> number > coveredBefore).toList();
        long covered = coveredBefore;
        long replayed = 0;
        for (long number : uncovered) {
            replayed += replayFile(files, number, number == uncovered.get(uncovered.size() - 1), store, maps);
            covered = number;
        }
        markCovered(store, covered);
        store.commit();
        store.sync();
        files.deleteUpTo(covered);
        if (replayed > 0) {
            LOG.info("replayed {} changes from the journal", replayed);
        }
    }

    /** Records, in the commit that will hold the changes, that journal files up to {@code number} are in the file. */
    static void markCovered(MVStore store, long number) {
        store.<String, Long>openMap(MAP).put(COVERED, number);
    }

    static long coveredUpTo(MVStore store) {
        return store.hasMap(MAP) ? store.<String, Long>openMap(MAP).getOrDefault(COVERED, 0L) : 0L;
    }

    /**
     * Applies one file's records. A record that fails its check ends the replay only as the last file's last write,
     * cut short by a kill; anywhere else it is damage, and the store refuses to open rather than apply what follows
     * without it or drop acknowledged records (the files are kept for the operator).
     */
    private static long replayFile(JournalFiles files, long number, boolean last, MVStore store,
                                   Function<String, MVMap<Object, Object>> maps) {
        ByteBuffer bytes;
        try {
            bytes = ByteBuffer.wrap(Files.readAllBytes(files.file(number)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal file " + files.file(number), e);
        }
        long applied = 0;
        for (var body = JournalRecord.next(bytes); body.isPresent(); body = JournalRecord.next(bytes)) {
            applied += apply(body.get(), store, maps) ? 1 : 0;
        }
        if (bytes.hasRemaining() && (!last || JournalRecord.intactRecordFollows(bytes))) {
            throw new IllegalStateException("the store's journal " + files.file(number) + " is damaged at byte "
                    + bytes.position() + ", with acknowledged changes after it; the store does not open, so that "
                    + "they are not lost: restore the data directory from a backup, or move the journal files aside "
                    + "to open it without them");
        }
        return applied;
    }

    private static boolean apply(ByteBuffer body, MVStore store, Function<String, MVMap<Object, Object>> maps) {
        byte operation = body.get();
        var name = JournalRecord.mapName(body);
        if (!store.hasMap(name)) {
            return false;
        }
        var map = maps.apply(name);
        var key = map.getKeyType().read(body);
        if (operation == Journal.PUT) {
            map.put(key, map.getValueType().read(body));
        } else {
            map.remove(key);
        }
        return true;
    }
}
