package dev.plara.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the store does when the journal cannot be written or a journal file cannot be made
 * (a full disk: {@code /dev/full} stands in for it), the acknowledged writes must still be there after a crash.
 */
@ExtendWith(CrashHarnessExtension.class)
class JournalFailureTest {

    /**
     * A journal write that fails clears the records of every command waiting in the same group; the next waiter then
     * leads a flush of an empty buffer and is answered as written, though its records never reached the journal.
     */
    @Test
    void noWriteIsAcknowledgedWhileTheJournalCannotBeWritten(CrashHarness harness) throws Exception {
        var backend = harness.open();
        var entries = harness.database(backend).getCollection("entries");
        // the checkpoint of the collection's creation opens journal file 2: the full disk
        Files.createSymbolicLink(harness.journal(2), Path.of("/dev/full"));
        harness.database(backend).createCollection("entries");
        var acknowledged = insertConcurrently(entries, 8, 40);
        harness.crash(backend);
        Files.delete(harness.journal(2));
        Files.createFile(harness.journal(2));

        var reopened = harness.database(harness.open()).getCollection("entries");

        var lost = acknowledged.stream().filter(id -> reopened.find(Filters.eq("_id", id)).first() == null).toList();
        assertThat(lost).as("acknowledged (of %d) but lost", acknowledged.size()).isEmpty();
    }

    /**
     * An insert the journal refused is answered with an error, yet it stays in the maps: others read it, and the next
     * checkpoint makes it durable, or a crash before it takes it away again.
     */
    @Test
    void aWriteTheJournalRefusedIsNotServed(CrashHarness harness) throws Exception {
        var backend = harness.open();
        var entries = harness.database(backend).getCollection("entries");
        Files.createSymbolicLink(harness.journal(2), Path.of("/dev/full"));
        harness.database(backend).createCollection("entries");

        boolean failed = false;
        try {
            entries.insertOne(new Document("_id", "refused"));
        } catch (RuntimeException journalFull) {
            failed = true;
        }

        assertThat(failed).as("the insert fails loudly").isTrue();
        Document served = null;
        try {
            served = entries.find(Filters.eq("_id", "refused")).first();
        } catch (RuntimeException storeStopped) {
            // refusing to serve after losing the journal is sane too
        }
        assertThat(served).as("an insert answered with an error, served to readers").isNull();
    }

    /**
     * A checkpoint that cannot make its next journal file fails the command that made a collection, but the flag that
     * asked for that checkpoint is already cleared: the next insert into the collection is answered after a journal
     * write alone, naming a map no commit holds, and replay skips it.
     */
    @Test
    void anInsertIntoACollectionWhoseCheckpointFailedIsDurable(CrashHarness harness) throws Exception {
        var backend = harness.open();
        var database = harness.database(backend);
        Files.createDirectory(harness.journal(2)); // journal file 2 cannot be made (a full disk, no inodes left)
        try {
            database.createCollection("entries");
        } catch (RuntimeException failedLoudly) {
            // the command that could not be committed says so: fine
        }
        Files.delete(harness.journal(2)); // space again
        database.getCollection("entries").insertOne(new Document("_id", "acknowledged"));
        harness.crash(backend);

        var reopened = harness.database(harness.open()).getCollection("entries");

        assertThat(reopened.find(Filters.eq("_id", "acknowledged")).first()).as("acknowledged insert").isNotNull();
    }

    /**
     * An insert of {@code _id: null} is put in the documents map and journaled, then fails in the unique index (a null
     * position): the client gets an error, yet the document stays, is served, and comes back after a crash.
     */
    @Test
    void anInsertAnsweredWithAnErrorLeavesNoDocumentBehind(CrashHarness harness) {
        var backend = harness.open();
        var entries = harness.database(backend).getCollection("entries");
        entries.insertOne(new Document("_id", "other"));
        boolean failed = false;
        try {
            entries.insertOne(new Document("_id", null).append("amount", 100));
        } catch (RuntimeException refused) {
            failed = true;
        }
        harness.crash(backend);

        var reopened = harness.database(harness.open()).getCollection("entries");

        assertThat(reopened.countDocuments()).as("documents after the insert (failed: %s)", failed)
                .isEqualTo(failed ? 1 : 2);
    }

    private List<String> insertConcurrently(MongoCollection<Document> entries, int threads, int each)
            throws InterruptedException {
        var acknowledged = Collections.synchronizedList(new ArrayList<String>());
        var pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    var id = "t" + thread + "-" + i;
                    try {
                        entries.insertOne(new Document("_id", id).append("amount", i));
                        acknowledged.add(id);
                    } catch (RuntimeException refused) {
                        // a refused write is fine: it was not acknowledged
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return acknowledged;
    }
}
