package dev.plara.polar.emulator.state;

import dev.plara.polar.emulator.service.Seed;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's state is saved when something changes, not when it is opened: what it opens is the seed (made again
 * at every start from nothing) or what was saved, so a start writes no file (and serializes nothing) on its way.
 */
class EmulatorStoreSavesTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    void openingFromTheSeedSavesNothingUntilSomethingChanges() {
        var storage = new CountingStorage(Optional.empty());
        var store = open(storage);
        assertThat(storage.saved).as("saves on opening").isEmpty();

        store.advanceClock(Duration.ofDays(1));

        assertThat(storage.saved).hasSize(1);
        assertThat(storage.saved.get(0).products()).as("the seed's products, saved with the change").isNotEmpty();
    }

    @Test
    void openingWhatWasSavedSavesNothingAndAResetSavesTheSeed() {
        var first = new CountingStorage(Optional.empty());
        open(first).advanceClock(Duration.ofDays(1));
        var storage = new CountingStorage(Optional.of(first.saved.get(0)));

        var store = open(storage);
        assertThat(storage.saved).as("saves on opening").isEmpty();
        store.reset();

        assertThat(storage.saved).hasSize(1);
        assertThat(storage.saved.get(0).clockOffsetMillis()).isZero();
    }

    private EmulatorStore open(StateStorage storage) {
        var emulatorClock = new EmulatorClock(clock);
        return new EmulatorStore(storage, emulatorClock, Seed.defaults().productsAt(emulatorClock.instant()));
    }

    /** Keeps every state it is asked to save; opens {@code kept}. */
    private static final class CountingStorage implements StateStorage {

        private final Optional<EmulatorState> kept;
        private final List<EmulatorState> saved = new ArrayList<>();

        CountingStorage(Optional<EmulatorState> kept) {
            this.kept = kept;
        }

        @Override
        public Optional<EmulatorState> load() {
            return kept;
        }

        @Override
        public void save(EmulatorState state) {
            saved.add(state);
        }
    }
}
