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

    /** Told what was opened (the state loaded, or the seed), before anything changes; nothing by default. */
    default void opened(EmulatorState state) {
    }

    /** Replaces what is saved with {@code state}, so that a crash leaves either the old or the new whole. */
    void save(EmulatorState state);
}
