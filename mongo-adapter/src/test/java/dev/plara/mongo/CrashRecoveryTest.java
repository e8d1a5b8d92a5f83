package dev.plara.mongo;

import dev.plara.mongo.collection.WriteObserver;
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
 * Stops each of the core's units of work right after every one of its writes (all of them, counted in a clean run)
 * and checks that recovery leaves exactly the state of the unit done once, or of it never started, and nothing else:
 * by the system alone (repair and sweep, and for a unit a webhook runs, Polar redelivering it), and with the caller
 * trying again (a redelivered webhook, a second click).
 */
class CrashRecoveryTest {

    private final InProcessMongo mongo = InProcessMongo.shared();

    @TestFactory
    Stream<DynamicTest> everyCrashPointRecoversToDoneOnceOrNeverStarted() {
        return CrashScenarios.all().stream().flatMap(scenario -> {
            var neverStarted = stateAfter(scenario.setup().andThen(CrashScenarios::recover));
            var doneOnce = stateAfter(scenario.setup().andThen(scenario.unit()).andThen(CrashScenarios::recover));
            int writes = writesOf(scenario);
            System.out.printf("%s: %d writes, crashed after each%n", scenario, writes);
            assertThat(doneOnce).as(scenario + " changes something").isNotEqualTo(neverStarted);
            var tests = new ArrayList<DynamicTest>();
            for (int crashAfter = 1; crashAfter <= writes; crashAfter++) {
                int point = crashAfter;
                String name = scenario + ", crash after write " + point + " of " + writes;
                tests.add(DynamicTest.dynamicTest(name + ", recovered by the system",
                        () -> assertThat(crashThen(scenario, point, scenario.systemRecovery()))
                                .isIn(neverStarted, doneOnce)));
                tests.add(DynamicTest.dynamicTest(name + ", tried again", () -> assertThat(crashThen(scenario, point,
                        scenario.unit().andThen(CrashScenarios::recover))).isEqualTo(doneOnce)));
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
        assertThatThrownBy(() -> scenario.unit().accept(stores)).isInstanceOf(CrashingObserver.SimulatedCrash.class);
        crasher.disarm();
        recovery.accept(stores);
        assertThat(CoreOnMongo.auditDiscrepancies(stores)).isEmpty();
        return StoreSnapshot.of(mongo.client().getDatabase(database));
    }
}
