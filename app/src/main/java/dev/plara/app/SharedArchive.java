package dev.plara.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The class-data-sharing archive of one command of one build of the jar, beside the jar: used when it exists, otherwise
 * written by a JVM as it exits (a training run: for the server a start of its own, see {@link Launcher}), then moved
 * into place. Its name carries the jar's size and time
 * and the JVM's version, so a rebuilt jar or another JVM trains a new one instead of using one that no longer fits.
 * Where the jar's directory cannot be written, no archive is used.
 */
final class SharedArchive {

    private static final int SIGINT_EXIT = 130;
    private static final int SIGTERM_EXIT = 143;

    private final Path archive;
    private final Path training;
    private final boolean writable;

    private SharedArchive(Path archive, Path training, boolean writable) {
        this.archive = archive;
        this.training = training;
        this.writable = writable;
    }

    /**
     * Run by the launcher's JVM before it starts the child, once and cold: its strings are joined without {@code +},
     * whose first use would have that JVM generate the code for it (tens of milliseconds before the child starts).
     */
    static SharedArchive of(Path jar, String command) throws IOException {
        var file = jar.getFileName().toString();
        var name = String.join("-", file.endsWith(".jar") ? file.substring(0, file.length() - ".jar".length()) : file,
                command, Long.toString(Files.size(jar)), Long.toString(Files.getLastModifiedTime(jar).toMillis()),
                Runtime.version().toString()).concat(".jsa");
        var directory = jar.getParent();
        return new SharedArchive(directory.resolve(name),
                directory.resolve(String.join(".", "", name, Long.toString(ProcessHandle.current().pid()))),
                Files.isWritable(directory));
    }

    /** Whether no archive of this build exists yet and one can be written. */
    boolean untrained() {
        return writable && !Files.isReadable(archive);
    }

    /** The JVM option that writes the archive as that JVM exits. */
    String trainingOption() {
        return "-XX:ArchiveClassesAtExit=".concat(training.toString());
    }

    /** The JVM option that uses the archive, trains it, or (where nothing can be written) changes nothing. */
    String option() {
        if (Files.isReadable(archive)) {
            return "-XX:SharedArchiveFile=".concat(archive.toString());
        }
        return writable ? trainingOption() : "-Xshare:auto";
    }

    /**
     * Once the child has ended: the archive it wrote as it exited (in a training run) takes its place atomically, if it
     * ran until it was stopped (exit code 0, or 130 and 143 for SIGINT and SIGTERM); one from a start that failed
     * would hold too few classes to help, so it is deleted and the next run trains again.
     */
    void keepWhatTheChildWrote(int exitCode) {
        keepIf(exitCode == 0 || exitCode == SIGINT_EXIT || exitCode == SIGTERM_EXIT);
    }

    /**
     * Once a training start has ended: what it wrote is kept only if it answered and stopped by itself (exit code 0);
     * one stopped by a signal wrote the archive of a start cut short.
     */
    void keepWhatTheTrainingWrote(int exitCode) {
        keepIf(exitCode == 0);
    }

    private void keepIf(boolean ranWell) {
        try {
            if (ranWell) {
                Files.move(training, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.delete(training);
            }
        } catch (NoSuchFileException nothingWritten) {
            // not a training run, or the child was killed before it could write the archive
        } catch (IOException notKept) {
            System.err.println("Plara could not keep its class-data archive " + archive + ": " + notKept.getMessage());
        }
    }
}
