package dev.plara.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Plara's {@code main} in a JVM of its own ({@code java -cp <test classpath> dev.plara.app.Main ...}), with only the
 * environment given, working in a directory of the test's: as an operator runs {@code java -jar plara.jar ...}.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /** What a command run to its end printed (standard output and error together), and its exit code. */
    record Finished(int exitCode, String output) {
    }

    /** The process that runs {@code Main} with {@code args}; its output still to be redirected. */
    static ProcessBuilder main(List<String> args, Map<String, String> environment, Path workingDirectory) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        var builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder;
    }

    /** Runs {@code Main} with {@code args} until it exits, failing after {@code timeout}. */
    static Finished run(List<String> args, Map<String, String> environment, Path workingDirectory, Duration timeout) {
        try {
            var output = Files.createTempFile(workingDirectory, "main-", ".log");
            var process = main(args, environment, workingDirectory).redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("Main " + args + " did not end within " + timeout + ": "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Finished(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
