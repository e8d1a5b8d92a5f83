package dev.plara.mongo.collection;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure that is one caller's own fails that caller's write only, never the others' sharing its command: a document
 * over the store's limit, a leader whose thread was interrupted.
 */
@Timeout(120)
class SharedWriteFailuresTest {

    private static final int CALLERS = 24;
    private static final int OVERSIZED = 5;

    @TempDir
    Path data;

    private SharedCommands store;

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void anInsertOverTheDocumentLimitFailsAloneAndTheInsertsSentWithItAreKept() throws Exception {
        store = new SharedCommands(data);
        var entries = store.collection("entries");
        assertTheOversizedFailsAloneAndTheOthersAreKept(entries, document -> () -> entries.tryInsert(document));
    }

    @Test
    void anUpsertOverTheDocumentLimitFailsAloneAndTheUpsertsSentWithItAreKept() throws Exception {
        store = new SharedCommands(data);
        var inbox = store.collection("inbox");
        assertTheOversizedFailsAloneAndTheOthersAreKept(inbox, document -> () -> inbox.insertIfAbsent(document));
    }

    @Test
    void callersWhoseThreadsWereInterruptedStillSendTheWritesTheyLeadAndKeepTheirInterrupt() throws Exception {
        store = new SharedCommands(data);
        var entries = store.collection("entries");
        var calls = new ArrayList<Callable<?>>();
        for (int i = 0; i < CALLERS; i++) {
            boolean interrupted = i % 6 != 0;
            var document = new Document("_id", "e-" + i);
            calls.add(() -> {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                boolean inserted = entries.tryInsert(document);
                return inserted && Thread.interrupted() == interrupted;
            });
        }

        var outcomes = store.together(calls);

        assertThat(store.sent.size()).isLessThan(CALLERS / 2);
        assertThat(outcomes).containsOnly(true);
        assertThat(entries.count(new Document())).isEqualTo(CALLERS);
    }

    /** Sends one write per caller together, the one at {@link #OVERSIZED} over the limit. */
    private void assertTheOversizedFailsAloneAndTheOthersAreKept(StoreCollection collection,
            Function<Document, Callable<?>> write) throws Exception {
        var calls = new ArrayList<Callable<?>>();
        for (int i = 0; i < CALLERS; i++) {
            calls.add(write.apply(i == OVERSIZED ? oversized("w-" + i) : new Document("_id", "w-" + i)));
        }

        var outcomes = store.together(calls);

        assertThat(outcomes.get(OVERSIZED)).isInstanceOf(RuntimeException.class);
        outcomes.remove(OVERSIZED);
        assertThat(outcomes).containsOnly(true);
        assertThat(collection.count(new Document())).isEqualTo(CALLERS - 1);
    }

    private static Document oversized(String id) {
        return new Document("_id", id).append("payload", "x".repeat(DocumentLimit.BYTES));
    }
}
