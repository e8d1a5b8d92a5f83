package dev.plara.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The H2 file backend, answering a command that changed something only once its changes cannot be lost to a
 * {@code kill -9}: a command that changed documents once its records are in the {@link Journal} (handed to the
 * operating system), any other change (a collection or an index made or dropped) once an H2 commit covering it is in
 * the file and forced to the disk. Commands finishing together share one journal write or commit ({@link GroupCommit});
 * a command that changed nothing waits for nothing. The journal is forced to the disk four times a second, so a power
 * loss loses at most about the last quarter of a second, and H2 commits what it holds every few seconds
 * ({@link DiskSync}, {@link SyncSchedule}); H2 may reuse the space of chunks it no longer needs after 5 s instead of
 * its default 45 s. Opening a file replays the journal ({@link JournalReplay}) and rebuilds every index from the
 * documents ({@link FileDatabases}) before anyone can be served. Its collections also use indexes for queries
 * mongo-java-server would scan for ({@link IndexedH2Collection}), and a file it creates keeps documents and index keys
 * as BSON. A whole schema can come as one command, answered after one commit ({@link SchemaCommand}).
 */
final class DurableH2Backend extends HelloAnsweringBackend {

    /** How long H2 keeps a chunk it no longer needs before reusing its space (H2's default is 45 s). */
    private static final Duration RETENTION = Duration.ofSeconds(5);

    /** False while the superclass's constructor opens the file's databases (so it has no initializer to reset it). */
    private volatile boolean opened;
    /** How many times a collection or an index was made or dropped, and how many of them H2 has committed. */
    private final AtomicLong schemaChanges = new AtomicLong();
    private long schemaChangesCommitted;
    private final GroupCommit commits = new GroupCommit(this::persist);
    private final StoreStop stop = new StoreStop();
    private final Journal journal;
    private final DiskSync syncs;

    DurableH2Backend(String fileName) {
        this(fileName, SyncSchedule.STORE);
    }

    /** A backend forcing its journal to the disk and committing what it holds as {@code schedule} says. */
    DurableH2Backend(String fileName, SyncSchedule schedule) {
        this(fileName, JournalFiles.besideStore(fileName), schedule);
    }

    /** A backend on H2's file {@code fileName} (which may name an H2 file system), its journal in {@code journal}. */
    DurableH2Backend(String fileName, JournalFiles journal, SyncSchedule schedule) {
        this(ChunkBufferFileStore.open(fileName, schedule), journal, schedule);
    }

    private DurableH2Backend(MVStore store, JournalFiles journalFiles, SyncSchedule schedule) {
        super(replayed(store, journalFiles));
        getMvStore().commit();
        // H2's background writer stores what it finds on a thread of its own, behind the journal's back; without it
        // H2 stores only when this backend commits (DiskSync, or a command that changed a collection or an index).
        getMvStore().setAutoCommitDelay(0);
        getMvStore().setRetentionTime((int) RETENTION.toMillis());
        this.journal = new Journal(getMvStore(), journalFiles, JournalReplay.coveredUpTo(getMvStore()), stop);
        this.syncs = new DiskSync(getMvStore(), journal, schedule, stop);
        opened = true;
    }

    /** The store, marked as keeping BSON when it is new, once the changes its journal holds are in it. */
    private static MVStore replayed(MVStore store, JournalFiles journalFiles) {
        StoreMaps.markBsonIfNew(store);
        JournalReplay.replay(store, journalFiles, name -> StoreMaps.forReplay(store, name));
        return store;
    }

    /**
     * What a group of commands waits for: the journal written, or, when a collection or an index was made or dropped,
     * an H2 commit covering the journal so far, forced to the disk ({@link Journal#checkpoint}), so that no journal
     * record names a map the file lacks.
     */
    private void persist() {
        long changes = schemaChanges.get();
        if (changes == schemaChangesCommitted) {
            journal.flush();
            return;
        }
        journal.checkpoint();
        schemaChangesCommitted = changes;
    }

    /**
     * Notes that a collection or an index was made, dropped or renamed: the commands waiting now wait for a commit, and
     * the journal looks the names of its maps up again.
     */
    void schemaChanged() {
        if (opened) {
            schemaChanges.incrementAndGet();
            journal.forgetMapNames();
        }
    }

    /** Whether the file is still being opened (its indexes are then rebuilt from the documents). */
    boolean opening() {
        return !opened;
    }

    /** The journal, once the file is open. */
    Journal journal() {
        return journal;
    }

    /** The rounds that force the journal to the disk and checkpoint it. */
    DiskSync diskSync() {
        return syncs;
    }

    /** Whether this file keeps documents and index keys as BSON ({@link StoreMaps#storesBson}). */
    boolean storesBson() {
        return StoreMaps.storesBson(getMvStore());
    }

    @Override
    public void close() {
        syncs.close();
        journal.close();
        super.close();
    }

    /** Every database of the file is opened by the constructor, its indexes rebuilt ({@link FileDatabases}). */
    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new FileDatabases(getMvStore(), this).new IndexedH2Database(name, getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        stop.throwIfStopped();
        try {
            if (SchemaCommand.NAME.equals(command)) {
                return SchemaCommand.run(query, (name, one) -> super.handleCommand(channel, database, name, one));
            }
            return super.handleCommand(channel, database, command, query);
        } finally {
            if (!CommandKinds.changesNothing(command)) {
                if (!CommandKinds.changesDocumentsOnly(command)) {
                    schemaChanged();
                }
                commits.awaitCommitOfWhatIsWritten();
            }
        }
    }
}
