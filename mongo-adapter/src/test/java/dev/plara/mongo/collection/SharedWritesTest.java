package dev.plara.mongo.collection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent writes outside a unit of work share commands, and each caller still gets exactly its own outcome: a
 * duplicate refused for the write that was one and no other, an upsert told whether it inserted, a command that fails
 * as a whole failing each of its callers.
 */
@Timeout(120)
class SharedWritesTest {

    private static final int CALLERS = 24;

    @TempDir
    Path data;

    private SharedCommands store;

    @AfterEach
    void stop() {
        store.close();
    }

    @Test
    void concurrentInsertsShareCommandsAndEachDuplicateIsRefusedForItsOwnWriteOnly() throws Exception {
        store = new SharedCommands(data);
        var entries = store.collection("entries");
        entries.insert(new Document("_id", "held"));
        var calls = new ArrayList<Callable<?>>();
        for (int i = 0; i < CALLERS; i++) {
            String id = i % 4 == 0 ? "held" : i % 4 == 1 ? "twin-" + i / 8 : "e-" + i;
            calls.add(i % 2 == 0 ? () -> entries.tryInsert(new Document("_id", id)) : () -> {
                entries.insert(new Document("_id", id));
                return true;
            });
        }

        var outcomes = store.together(calls);

        assertThat(store.sent.size()).isLessThan(CALLERS / 2);
        assertThat(store.writesSent()).isEqualTo(CALLERS);
        for (int i = 0; i < CALLERS; i++) {
            var outcome = outcomes.get(i);
            if (i % 4 == 0) {
                assertThat(outcome).as("a tried insert of a key held already").isEqualTo(false);
            } else if (i % 4 == 1) {
                assertThat(outcome).as("an insert of a key another caller inserts with it")
                        .satisfiesAnyOf(inserted -> assertThat(inserted).isEqualTo(true), this::refusedAsDuplicate);
            } else {
                assertThat(outcome).as("a new key").isEqualTo(true);
            }
        }
        var twins = IntStream.range(0, CALLERS).filter(i -> i % 4 == 1).mapToObj(outcomes::get).toList();
        assertThat(twins).filteredOn(Boolean.TRUE::equals).hasSize(twins.size() / 2);
        assertThat(entries.count(Filters.empty())).isEqualTo(1 + CALLERS / 2 + twins.size() / 2);
        assertThat(store.observed).hasValue(CALLERS / 2 + twins.size() / 2);
    }

    @Test
    void concurrentUpsertsShareCommandsAndEachIsToldWhetherItInserted() throws Exception {
        store = new SharedCommands(data);
        var inbox = store.collection("inbox");
        inbox.insert(new Document("_id", "seen").append("n", -1));
        var calls = new ArrayList<Callable<?>>();
        for (int i = 0; i < CALLERS; i++) {
            String id = i % 3 == 0 ? "seen" : "d-" + i;
            int n = i;
            calls.add(() -> inbox.insertIfAbsent(new Document("_id", id).append("n", n)));
        }

        var outcomes = store.together(calls);

        assertThat(store.sent.size()).isLessThan(CALLERS / 2);
        assertThat(store.sent).allSatisfy(sent -> assertThat(sent.name()).isEqualTo("update"));
        for (int i = 0; i < CALLERS; i++) {
            assertThat(outcomes.get(i)).as("write %d", i).isEqualTo(i % 3 != 0);
        }
        assertThat(inbox.first(Filters.eq("_id", "seen")).getInteger("n")).isEqualTo(-1);
        assertThat(inbox.count(Filters.empty())).isEqualTo(1 + CALLERS - CALLERS / 3);
    }

    @Test
    void concurrentMarksAcknowledgedByThePrimaryShareW1Commands() throws Exception {
        store = new SharedCommands(data);
        var ledger = store.collection("ledger");
        var calls = new ArrayList<Callable<?>>();
        for (int i = 0; i < CALLERS; i++) {
            ledger.insert(new Document("_id", "k-" + i).append("unsettledSince", i));
            String id = "k-" + i;
            calls.add(() -> {
                ledger.updateAcknowledgedByPrimary(Filters.eq("_id", id), Updates.unset("unsettledSince"),
                        new UpdateOptions());
                return true;
            });
        }

        store.together(calls);

        assertThat(store.sent.size()).isLessThan(CALLERS / 2);
        assertThat(store.sent).allSatisfy(sent -> assertThat(sent.writeConcern())
                .isEqualTo(new BsonDocument("w", new BsonInt32(1))));
        assertThat(ledger.count(Filters.exists("unsettledSince"))).isZero();
        assertThat(store.observed).hasValue(CALLERS);
    }

    @Test
    void aSharedCommandThatFailsAsAWholeFailsEachOfItsCallers() throws Exception {
        store = new SharedCommands(data);
        var entries = store.collection("entries");
        store.stopStoreOnSecondCommand();
        List<Callable<?>> calls = IntStream.range(0, CALLERS)
                .<Callable<?>>mapToObj(i -> () -> entries.tryInsert(new Document("_id", "e-" + i))).toList();

        var outcomes = store.together(calls);

        assertThat(store.sent).hasSizeGreaterThanOrEqualTo(2);
        assertThat(store.sent.get(1).writes()).isGreaterThan(1);
        int first = store.sent.get(0).writes();
        assertThat(outcomes).as("the first command's writes, sent before the store stopped")
                .filteredOn(Boolean.TRUE::equals).hasSize(first);
        assertThat(outcomes).filteredOn(outcome -> !Boolean.TRUE.equals(outcome)).hasSize(CALLERS - first)
                .allSatisfy(outcome -> assertThat(outcome).isInstanceOfSatisfying(MongoException.class,
                        failure -> assertThat(DuplicateKey.refused(failure)).isFalse()));
        assertThat(store.observed).hasValue(first);
    }

    private void refusedAsDuplicate(Object outcome) {
        assertThat(outcome).satisfiesAnyOf(refused -> assertThat(refused).isEqualTo(false),
                refused -> assertThat(refused).isInstanceOfSatisfying(MongoWriteException.class,
                        e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY)));
    }
}
