package dev.plara.store;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record damaged in the middle of the journal (not a tail cut short by a kill) must not make
 * the store drop, silently, the acknowledged records after it, nor apply later ones without it.
 */
@ExtendWith(CrashHarnessExtension.class)
class JournalDamageTest {

    /** Replay stops at the damage, opens without the acknowledged inserts after it, and deletes the evidence. */
    @Test
    void aDamagedRecordInTheMiddleDoesNotSilentlyDropTheAcknowledgedOnesAfterIt(CrashHarness harness) throws Exception {
        writeThreeAndCrash(harness);
        var journal = harness.lastJournal();
        var bytes = Files.readAllBytes(journal);
        var starts = recordStarts(bytes);
        bytes[starts.get(1) + 12] ^= 0x5a; // inside the body of b's record
        Files.write(journal, bytes);

        DurableH2Backend reopened;
        try {
            reopened = harness.open();
        } catch (RuntimeException refused) {
            assertThat(journal).as("the damaged journal kept for the operator").exists();
            return;
        }
        var entries = harness.database(reopened).getCollection("entries");
        assertThat(entries.find(Filters.eq("_id", "c")).first()).as("c, acknowledged and intact after the damage")
                .isNotNull();
    }

    /**
     * A crash after a checkpoint's rotation and before its commit leaves two uncovered files; when the first is torn
     * (a power loss: the journal is never forced to the disk), replay goes on with the second, so a later change is
     * applied without the earlier one it followed.
     */
    @Test
    void replayDoesNotApplyALaterFileAfterStoppingInAnEarlierOne(CrashHarness harness) throws Exception {
        writeThreeAndCrash(harness);
        var journal = harness.lastJournal();
        var bytes = Files.readAllBytes(journal);
        var starts = recordStarts(bytes);
        // file 1 holds a and b (b torn at its end), file 2 holds c: as a rotation between b and c would have left them
        var first = Arrays.copyOfRange(bytes, 0, starts.get(2) - 10);
        var second = Arrays.copyOfRange(bytes, starts.get(2), bytes.length);
        Files.write(journal, first);
        Files.write(harness.journal(CrashHarness.number(journal) + 1), second);

        DurableH2Backend reopened;
        try {
            reopened = harness.open();
        } catch (RuntimeException refused) {
            assertThat(harness.journals()).as("the damaged journal kept for the operator").contains(journal);
            return;
        }
        var entries = harness.database(reopened).getCollection("entries");

        boolean bThere = entries.find(Filters.eq("_id", "b")).first() != null;
        boolean cThere = entries.find(Filters.eq("_id", "c")).first() != null;
        assertThat(!bThere && cThere).as("c (written after b) applied while b is not").isFalse();
    }

    private static void writeThreeAndCrash(CrashHarness harness) {
        var backend = harness.open();
        var database = harness.database(backend);
        database.createCollection("entries");
        var entries = database.getCollection("entries");
        for (var id : List.of("a", "b", "c")) {
            entries.insertOne(new Document("_id", id).append("amount", 100));
        }
        harness.crash(backend);
        assertThat(harness.journals()).isNotEmpty();
    }

    /** Where each record starts: a record is its body's length, a CRC, then the body (the document inserted). */
    private static List<Integer> recordStarts(byte[] bytes) {
        var starts = new ArrayList<Integer>();
        var in = ByteBuffer.wrap(bytes);
        for (int at = 0; at + 8 <= bytes.length; at += 8 + in.getInt(at)) {
            starts.add(at);
        }
        assertThat(starts).as("one record per insert").hasSize(3);
        return starts;
    }
}
