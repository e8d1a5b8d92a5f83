package dev.plara.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store whose file cannot be written while it tidies it (H2 rewriting its mostly free chunks on an idle round, its
 * disk gone bad: {@link FailingDisk}) stops, as one whose journal cannot be written does: it answers no command after
 * that, saying why, and a restart on a working disk finds every write it acknowledged before.
 */
@ExtendWith(CrashHarnessExtension.class)
class StoreFileFailureTest {

    private static final Duration CHECKPOINT_EVERY = Duration.ofMillis(100);
    /** The store's retention (5 s) and some: the age a chunk needs before H2 may rewrite it. */
    private static final Duration TIDYING_WITHIN = Duration.ofSeconds(20);

    @AfterEach
    void cleanUp() {
        FailingDisk.repair();
    }

    @Test
    void aFailedWriteWhileTidyingTheFileStopsTheStore(CrashHarness harness) {
        var backend = harness.openOnFailingDisk(CHECKPOINT_EVERY);
        var wallets = harness.database(backend).getCollection("wallets");
        var leases = harness.database(backend).getCollection("leases"); // a page or two, held in memory whole
        leases.insertOne(new Document("_id", "sweep"));
        var filler = "x".repeat(2_000);
        for (int round = 0; round < 5; round++) {
            int documents = round == 0 ? 64 : 48; // the first chunks keep a quarter of their documents live
            for (int i = 0; i < documents; i++) {
                wallets.replaceOne(Filters.eq("_id", "w" + i), new Document("_id", "w" + i).append("round", round)
                        .append("filler", filler), new ReplaceOptions().upsert(true));
            }
            LockSupport.parkNanos(CHECKPOINT_EVERY.multipliedBy(3).toNanos());
        }

        FailingDisk.breakDown();
        long deadline = System.nanoTime() + TIDYING_WITHIN.toNanos();
        while (FailingDisk.failedWrites() == 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(CHECKPOINT_EVERY.toNanos());
        }

        assertThat(FailingDisk.failedWrites()).as("writes of the idle store's tidying that failed").isPositive();
        assertThatThrownBy(() -> leases.insertOne(new Document("_id", "after"))).as("a write after the failure")
                .hasMessageContaining("cannot write the store's file").hasMessageContaining("until it is restarted");
        assertThatThrownBy(() -> leases.find().first()).as("a read after the failure")
                .hasMessageContaining("until it is restarted");
        harness.crash(backend);
        FailingDisk.repair();
        var database = harness.database(harness.open());
        var reopened = database.getCollection("wallets");
        assertThat(reopened.countDocuments(Filters.regex("_id", "^w"))).isEqualTo(64);
        assertThat(reopened.countDocuments(Filters.eq("round", 4))).isEqualTo(48);
        assertThat(database.getCollection("leases").countDocuments()).as("leases").isEqualTo(1);
    }
}
