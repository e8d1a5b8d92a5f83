package dev.plara.polar.emulator.state;

import dev.plara.polar.emulator.service.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state file builds how it writes the state as it is opened (in the demo, beside the store's opening), so that the
 * first change saved (as the demo's webhook registration, beside the server's first answers) builds none of it.
 */
class StateFileTest {

    @TempDir
    Path directory;

    @Test
    void theFirstSaveFindsTheSerializersOfItsStateBuilt() {
        var file = new StateFile(directory);
        var clock = new EmulatorClock(Clock.systemUTC());
        var store = new EmulatorStore(file, clock, Seed.defaults().productsAt(clock.instant()));
        var builtOnOpening = file.serializersBuilt();

        store.endpoints().save(new EndpointState("we_1", clock.instant(), clock.instant(),
                "http://127.0.0.1:8080/api/webhooks/polar", "demo", "raw", "whsec_c2VjcmV0", "standard",
                List.of("order.paid"), true));

        assertThat(file.load()).isPresent();
        // What remains: the serializers of a one-element list (JDK's own class for it), the seed's lists being empty.
        assertThat(file.serializersBuilt() - builtOnOpening).as("serializers the first save built, %d on opening",
                builtOnOpening).isLessThanOrEqualTo(2);
    }
}
