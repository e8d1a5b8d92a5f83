package dev.plara.mongo;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stops each unit of work right after every one of its writes (all of them, counted from a clean run) and checks that
 * recovery, by the sweep alone or by the caller trying again, leaves exactly the state of the unit done once, or of
 * it never started, and nothing else.
 */
class CrashRecoveryTest {

    private final InProcessMongo mongo = InProcessMongo.shared();

    @TestFactory
    Stream<DynamicTest> everyCrashPointRecoversToDoneOnceOrNeverStarted() {
        return CrashScenarios.all().stream().flatMap(scenario -> {
            var neverStarted = stateAfter(scenario.setup());
            var doneOnce = stateAfter(scenario.setup().andThen(scenario.unit()));
            int writes = writesOf(scenario);
            assertThat(writes).as("writes of " + scenario).isGreaterThan(1);
            var tests = new ArrayList<DynamicTest>();
            for (int crashAfter = 0; crashAfter <= writes; crashAfter++) {
                int point = crashAfter;
                tests.add(DynamicTest.dynamicTest(scenario + ", crash after write " + point + " of " + writes
                        + ", swept", () -> assertThat(crashThen(scenario, point, scenario.sweep()))
                        .isIn(neverStarted, doneOnce)));
                tests.add(DynamicTest.dynamicTest(scenario + ", crash after write " + point + " of " + writes
                        + ", retried", () -> assertThat(crashThen(scenario, point, scenario.unit()))
                        .isEqualTo(doneOnce)));
            }
            return tests.stream();
        });
    }

    private Map<String, List<String>> stateAfter(Consumer<MongoPlaraStores> steps) {
        String database = InProcessMongo.newDatabaseName();
        steps.accept(mongo.stores(database, WriteObserver.NONE));
        return StoreSnapshot.of(mongo.client().getDatabase(database));
    }

    private int writesOf(CrashScenarios.Scenario scenario) {
        var counter = new CrashingObserver();
        var stores = mongo.stores(InProcessMongo.newDatabaseName(), counter);
        scenario.setup().accept(stores);
        counter.arm(-1);
        scenario.unit().accept(stores);
        return counter.writes();
    }

    private Map<String, List<String>> crashThen(CrashScenarios.Scenario scenario, int crashAfter,
                                                Consumer<MongoPlaraStores> recovery) {
        String database = InProcessMongo.newDatabaseName();
        var crasher = new CrashingObserver();
        var stores = mongo.stores(database, crasher);
        scenario.setup().accept(stores);
        crasher.arm(crashAfter);
        if (crashAfter == 0) {
            crasher.disarm();
        } else {
            assertThatThrownBy(() -> scenario.unit().accept(stores)).isInstanceOf(CrashingObserver.SimulatedCrash.class);
            crasher.disarm();
        }
        recovery.accept(stores);
        assertThat(LedgerAudit.differences(stores.ledger())).isEmpty();
        return StoreSnapshot.of(mongo.client().getDatabase(database));
    }
}
