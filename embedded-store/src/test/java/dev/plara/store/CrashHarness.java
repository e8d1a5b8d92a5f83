package dev.plara.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Opens durable backends in one directory behind the real driver and crashes them as a kill leaves them (tests). */
final class CrashHarness implements AutoCloseable {

    static final Duration NEVER = Duration.ofHours(1);

    private final Path dir;
    private final List<Runnable> cleanups = new ArrayList<>();
    private final Map<DurableH2Backend, MongoServer> servers = new HashMap<>();
    private final Map<DurableH2Backend, MongoClient> clients = new HashMap<>();

    CrashHarness(Path dir) {
        this.dir = dir;
    }

    DurableH2Backend open() {
        return open(NEVER);
    }

    DurableH2Backend open(Duration checkpointEvery) {
        return open(SyncSchedule.checkpointEvery(checkpointEvery));
    }

    /** {@code schedule} with its rounds never run by its threads: the test runs them ({@link DiskSync}). */
    static SyncSchedule roundsByHand(SyncSchedule schedule) {
        return new SyncSchedule(NEVER, schedule.roundsPerCheckpoint(), schedule.journalBytes(),
                schedule.unsavedMemory());
    }

    DurableH2Backend open(SyncSchedule schedule) {
        return served(new DurableH2Backend(dir.resolve(EmbeddedMongo.FILE_NAME).toString(), schedule));
    }

    /** A backend whose H2 file lies on a {@link FailingDisk} (its journal on the plain disk beside it). */
    DurableH2Backend openOnFailingDisk(Duration checkpointEvery) {
        return served(new DurableH2Backend(FailingDisk.file(dir.resolve(EmbeddedMongo.FILE_NAME).toString()),
                new JournalFiles(dir), SyncSchedule.checkpointEvery(checkpointEvery)));
    }

    private DurableH2Backend served(DurableH2Backend backend) {
        var server = new MongoServer(backend);
        var client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        servers.put(backend, server);
        clients.put(backend, client);
        cleanups.add(server::shutdownNow);
        cleanups.add(client::close);
        return backend;
    }

    MongoClient client(DurableH2Backend backend) {
        return clients.get(backend);
    }

    MongoDatabase database(DurableH2Backend backend) {
        return clients.get(backend).getDatabase("plara");
    }

    /** What a kill leaves: the H2 file closed without committing what the journal holds, and no one served. */
    void crash(DurableH2Backend backend) {
        clients.get(backend).close();
        servers.get(backend).stopListening();
        backend.getMvStore().closeImmediately();
    }

    Path journal(long number) {
        return dir.resolve("plara.journal." + number);
    }

    List<Path> journals() {
        try (var files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().startsWith("plara.journal."))
                    .sorted(Comparator.comparingLong(CrashHarness::number)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (int i = cleanups.size() - 1; i >= 0; i--) {
            try {
                cleanups.get(i).run();
            } catch (RuntimeException ignored) {
                // already crashed
            }
        }
    }

    /** The number a journal file's name ends with. */
    static long number(Path journal) {
        var name = journal.getFileName().toString();
        return Long.parseLong(name.substring(name.lastIndexOf('.') + 1));
    }

    /** The newest journal file, the one a crash leaves uncovered. */
    Path lastJournal() {
        var all = journals();
        return all.get(all.size() - 1);
    }
}
