package dev.plara.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The server's class-data archive written by a start of its own before the first serve of a build ({@link
 * TrainingStart} in that JVM): one a long run wrote as it stopped made later starts a second slower. The first start
 * after a build waits for it, one start more; should it fail or outlast {@link #LIMIT}, it is ended and the serve
 * writes the archive as it exits, as the other commands do.
 */
final class ArchiveTraining {

    /** How long the first start after a build waits for the training start (one start took 51 s at a load of 20). */
    static final Duration LIMIT = Duration.ofMinutes(2);

    private ArchiveTraining() {
    }

    /** Trains {@code archive} for {@code jar} in a throwaway directory, deleted after, even when the launcher stops. */
    static void run(Path jar, SharedArchive archive) throws IOException, InterruptedException {
        var directory = Files.createTempDirectory("plara-training");
        run(command(jar.toString(), archive.trainingOption(), directory), archive, LIMIT, directory);
    }

    /** Runs {@code training} for at most {@code limit}, keeps what it wrote if it ended well, then deletes {@code data}. */
    static void run(ProcessBuilder training, SharedArchive archive, Duration limit, Path data)
            throws IOException, InterruptedException {
        var started = training.start();
        var stopped = new Thread(() -> end(started, data), "plara-training-stop");
        Runtime.getRuntime().addShutdownHook(stopped);
        try {
            if (!started.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                started.destroyForcibly();
            }
            archive.keepWhatTheTrainingWrote(started.waitFor());
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopped);
            end(started, data);
        }
    }

    /**
     * The training start's command: the server on the demo default (none of this process's configuration, which may
     * name a production store or Polar) on any free port, its data in {@code directory}, its output discarded.
     */
    static ProcessBuilder command(String classPath, String archiveOption, Path directory) {
        var builder = Launcher.child(classPath, List.of(archiveOption, "-D" + Launcher.TRAINING + "=true"), List.of())
                .directory(directory.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().retainAll(Launcher.ENVIRONMENT.keySet());
        builder.environment().put("PORT", "0");
        return builder;
    }

    private static void end(Process training, Path data) {
        training.destroyForcibly();
        training.onExit().join();
        try (Stream<Path> written = Files.walk(data)) {
            written.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException alreadyGone) {
            // deleted by the shutdown hook, or never written
        }
    }
}
