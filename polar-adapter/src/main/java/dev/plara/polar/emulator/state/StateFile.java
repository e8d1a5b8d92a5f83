package dev.plara.polar.emulator.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plara.polar.model.PolarJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The emulator's state as one JSON file, {@code polar-emulator.json} in a directory, rewritten whole on every change:
 * written beside it first, then moved over it in one step, so a crash never leaves half a file. Deleting the directory
 * (or the file) resets the emulator to its seed.
 */
public final class StateFile implements StateStorage {

    static final String NAME = "polar-emulator.json";

    private final Path file;
    private final Path next;
    private final ObjectMapper json = PolarJson.mapper();

    public StateFile(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the emulator's data directory " + directory, e);
        }
        this.file = directory.resolve(NAME);
        this.next = directory.resolve(NAME + ".next");
    }

    /** Deletes the saved state, so that the next start begins from the seed. */
    public void reset() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(next);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    @Override
    public Optional<EmulatorState> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), EmulatorState.class));
        } catch (IOException e) {
            throw new UncheckedIOException("the emulator's data file " + file + " cannot be read; delete it (or run "
                    + "with --reset) to start again from the seed", e);
        }
    }

    @Override
    public void save(EmulatorState state) {
        try {
            Files.write(next, json.writeValueAsBytes(state));
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the emulator's state to " + file, e);
        }
    }
}
