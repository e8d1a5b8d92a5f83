package dev.plara.polar.emulator.state;

import java.util.Optional;

/** Where the emulator's state survives a restart: nowhere (tests) or a file in a directory ({@link StateFile}). */
public interface StateStorage {

    /** Keeps nothing: every start begins from the seed. */
    StateStorage IN_MEMORY = new StateStorage() {
        @Override
        public Optional<EmulatorState> load() {
            return Optional.empty();
        }

        @Override
        public void save(EmulatorState state) {
            // kept in memory only
        }
    };

    /** The state saved last, empty when nothing was saved yet. */
    Optional<EmulatorState> load();

    /** Replaces what is saved with {@code state}, so that a crash leaves either the old or the new whole. */
    void save(EmulatorState state);
}
