package dev.plara.mongo.collection;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent reads by {@code _id}, or of a field's value, outside a unit of work share one find, and each caller gets
 * its own document or documents.
 */
@Timeout(120)
class SharedReadsTest {

    private static final int CALLERS = 24;

    @TempDir
    Path data;

    private SharedCommands store;

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void concurrentReadsByIdShareFindsAndEachGetsItsOwnDocumentOrNone() throws Exception {
        store = new SharedCommands(data);
        var wallets = store.collection("wallets");
        for (int i = 0; i < CALLERS; i += 2) {
            wallets.insert(new Document("_id", "w-" + i).append("balance", i));
        }
        var calls = new ArrayList<Callable<?>>();
        for (int i = 0; i < CALLERS; i++) {
            String id = i % 6 == 5 ? "w-0" : "w-" + i;
            calls.add(() -> {
                var found = wallets.byId(id);
                return found == null ? "none" : found.getString("_id") + "=" + found.getInteger("balance");
            });
        }

        var outcomes = store.together(calls);

        assertThat(store.sent.size()).isLessThan(CALLERS / 2);
        assertThat(store.sent).allSatisfy(sent -> assertThat(sent.name()).isEqualTo("find"));
        for (int i = 0; i < CALLERS; i++) {
            String expected = i % 6 == 5 ? "w-0=0" : i % 2 == 0 ? "w-" + i + "=" + i : "none";
            assertThat(outcomes.get(i)).as("read %d", i).isEqualTo(expected);
        }
    }

    @Test
    void concurrentReadsOfAFieldsValueShareFindsAndEachGetsItsOwnDocumentsInTheOrderOfTheirIds() throws Exception {
        store = new SharedCommands(data);
        var refunds = store.collection("refunds");
        for (int i = CALLERS * 2 - 1; i >= 0; i--) {
            refunds.insert(new Document("_id", String.format("r-%02d", i)).append("orderId", "o-" + i % CALLERS / 2));
        }
        var calls = new ArrayList<Callable<?>>();
        for (int i = 0; i < CALLERS; i++) {
            String order = "o-" + i;
            calls.add(() -> refunds.where("orderId", order).stream().map(found -> found.getString("_id")).toList());
        }

        var outcomes = store.together(calls);

        assertThat(store.sent).hasSizeBetween(1, CALLERS / 2 - 1);
        assertThat(store.sent).allSatisfy(sent -> assertThat(sent.name()).isEqualTo("find"));
        for (int i = 0; i < CALLERS; i++) {
            var expected = new ArrayList<String>();
            for (int r = 0; r < CALLERS * 2; r++) {
                if (r % CALLERS / 2 == i) {
                    expected.add(String.format("r-%02d", r));
                }
            }
            assertThat(outcomes.get(i)).as("order %d", i).isEqualTo(expected);
        }
    }

    @Test
    void aSharedReadAsksForNoMoreThanItsIdsSoThatMongoDbClosesItsCursorAtOnce() throws Exception {
        store = new SharedCommands(data);
        var wallets = store.collection("wallets");
        for (int i = 0; i < CALLERS; i++) {
            wallets.insert(new Document("_id", "w-" + i).append("balance", i));
        }
        var calls = new ArrayList<Callable<?>>();
        for (int i = 0; i < CALLERS; i++) {
            String id = "w-" + i;
            calls.add(() -> wallets.byId(id).getInteger("balance"));
        }

        var outcomes = store.together(calls);

        assertThat(store.sent.size()).isLessThan(CALLERS / 2);
        assertThat(store.commands).as("commands sent").allSatisfy(command -> {
            assertThat(command.getFirstKey()).isEqualTo("find");
            assertThat(command.getNumber("limit", null)).as("a limit MongoDB closes the cursor at, no getMore after")
                    .isNotNull().extracting(limit -> limit.intValue())
                    .isEqualTo(command.getDocument("filter").get("_id").isDocument()
                            ? command.getDocument("filter").getDocument("_id").getArray("$in").size() : 1);
        });
        for (int i = 0; i < CALLERS; i++) {
            assertThat(outcomes.get(i)).as("read %d", i).isEqualTo(i);
        }
    }
}
