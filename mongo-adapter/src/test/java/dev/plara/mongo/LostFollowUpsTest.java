package dev.plara.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.schema.MongoSchema;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Date;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writes acknowledged by the primary alone after an entry (its owner's notification, the operators' log line and
 * the settle mark after them) lost as a failover's rollback loses them, the entry kept: the system's own recovery (the
 * sweeper) writes each of them again, once, and the stores end as if nothing had been lost.
 */
class LostFollowUpsTest {

    private static final Set<String> SETTLED_BY_THE_SWEEPER = Set.of("card payment", "content purchase",
            "bank deposit approval", "refund");

    private final InProcessMongo mongo = InProcessMongo.shared();

    @TestFactory
    Stream<DynamicTest> theSweeperWritesAgainOnceWhatARollbackTookAfterAnEntry() {
        return CrashScenarios.all().stream().filter(scenario -> SETTLED_BY_THE_SWEEPER.contains(scenario.name()))
                .map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
                    var name = InProcessMongo.newDatabaseName();
                    var db = mongo.client().getDatabase(name);
                    var stores = mongo.stores(name, WriteObserver.NONE);
                    scenario.setup().accept(stores);
                    var before = entryKeys(db);
                    scenario.unit().accept(stores);
                    CrashScenarios.recover(stores);
                    var done = StoreSnapshot.of(db);

                    var posted = entryKeys(db);
                    posted.removeAll(before);
                    assertThat(posted).as("the unit posts an entry").isNotEmpty();
                    posted.forEach(key -> assertThat(rollBackFollowUpsOf(db, key)).as("lost of " + key)
                            .isGreaterThanOrEqualTo(2));
                    assertThat(StoreSnapshot.of(db)).isNotEqualTo(done);

                    CrashScenarios.recover(stores);

                    assertThat(StoreSnapshot.of(db)).isEqualTo(done);
                    assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
                }));
    }

    private static List<String> entryKeys(MongoDatabase db) {
        return db.getCollection(MongoSchema.LEDGER_ENTRIES).find().map(entry -> entry.getString("_id"))
                .into(new ArrayList<>());
    }

    /**
     * Takes away what a rollback of the writes after entry {@code key} would: its notification, its log line and its
     * settle mark; answers how many of them were there.
     */
    private static long rollBackFollowUpsOf(MongoDatabase db, String key) {
        var entries = db.getCollection(MongoSchema.LEDGER_ENTRIES);
        var entry = entries.find(Filters.eq("_id", key)).first();
        long lost = db.getCollection(MongoSchema.NOTIFICATIONS).deleteOne(Filters.eq("_id", "entry:" + key))
                .getDeletedCount() + db.getCollection(MongoSchema.OUTBOX).deleteOne(Filters.eq("_id", "log:" + key))
                .getDeletedCount();
        return lost + entries.updateOne(Filters.and(Filters.eq("_id", key), Filters.exists("unsettledSince", false)),
                Updates.set("unsettledSince", entry.get("recordedAt", Date.class))).getModifiedCount();
    }
}
