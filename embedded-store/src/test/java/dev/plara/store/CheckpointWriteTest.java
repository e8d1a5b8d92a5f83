package dev.plara.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checkpoint writes the B-tree pages the changes since the last one touched, each page whole: small pages keep what
 * one changed document costs there small, counted in the bytes H2 hands to the file.
 */
@ExtendWith(CrashHarnessExtension.class)
class CheckpointWriteTest {

    private static final int DOCUMENTS = 20_000;
    private static final int CHANGED = 500;

    @Test
    void aCheckpointWritesLittleMoreThanAFewDocumentsPerDocumentChanged(CrashHarness harness) throws IOException {
        var backend = harness.open();
        var entries = harness.database(backend).getCollection("entries");
        var batch = new ArrayList<Document>();
        for (int i = 0; i < DOCUMENTS; i++) {
            batch.add(new Document("_id", "e" + i).append("n", 0).append("memo", "x".repeat(100)));
        }
        entries.insertMany(batch);
        backend.journal().checkpoint();
        long before = bytesWritten();

        var random = new Random(7);
        for (int i = 0; i < CHANGED; i++) {
            entries.updateOne(Filters.eq("_id", "e" + random.nextInt(DOCUMENTS)), Updates.inc("n", 1));
        }
        backend.journal().checkpoint();

        long perChange = (bytesWritten() - before) / CHANGED;
        assertThat(perChange).as("bytes a checkpoint wrote per document changed (a document is about 150)")
                .isLessThan(2_000);
    }

    /** The bytes this process has handed to {@code write} calls so far (the store runs inside it). */
    private static long bytesWritten() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/io")).stream().filter(line -> line.startsWith("wchar:"))
                .mapToLong(line -> Long.parseLong(line.substring(6).trim())).findFirst().orElseThrow();
    }
}
