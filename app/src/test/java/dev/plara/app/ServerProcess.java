package dev.plara.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The real server as a child JVM ({@link ChildJvm}: {@code dev.plara.app.Main serve}) with only the environment
 * given, working in a directory of the test's, logging to a file there. It can be killed without warning
 * ({@code kill -9}) and started again on the same data; {@link #close()} never leaves it running.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path log;
    private final int port;
    private Process process;

    private ServerProcess(Map<String, String> environment, Path workingDirectory, int port) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.log = workingDirectory.resolve("server.log");
        this.port = port;
    }

    /** A server to run on {@code port} with {@code environment} ({@code PORT} is set to it). */
    static ServerProcess on(int port, Map<String, String> environment, Path workingDirectory) {
        return new ServerProcess(environment, workingDirectory, port);
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Starts the JVM and returns once {@code /health/ready} answers 200. */
    synchronized void start() {
        var builder = ChildJvm.main(List.of("serve"), environment, workingDirectory)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PORT", String.valueOf(port));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the server JVM", e);
        }
        var http = new HttpCalls(url());
        await("the server to be ready").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the server exited: " + logTail(30));
                    }
                    return http.get("/health/ready", null).status() == 200;
                });
    }

    /** {@code kill -9}: the JVM gets no chance to finish anything. */
    synchronized void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server survived kill -9");
        }
    }

    /** A graceful stop (SIGTERM, so the shutdown hook closes the store), forced after 30 s. */
    synchronized void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The last {@code lines} lines the server logged, for failure messages. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** How many lines the server logged that contain {@code text}. */
    long logLinesContaining(String text) {
        return logLines(text).size();
    }

    /** The lines the server logged that contain {@code text}. */
    List<String> logLines(String text) {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).toList();
        } catch (IOException e) {
            return List.of("(no log: " + e + ")");
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
