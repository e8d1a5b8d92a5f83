package dev.plara.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * {@code plara.jar embedded-store --port P --data DIR} in a child JVM ({@link ChildJvm}), for several servers to
 * share through {@code MONGODB_URI}; it serves once it printed its start line. Destroyed on close.
 */
final class StoreChildProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private StoreChildProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the store on a free port with its file in {@code directory}, and returns once it serves. */
    static StoreChildProcess start(Path directory) {
        int port = ServerProcess.freePort();
        var log = directory.resolve("store.log");
        try {
            var process = ChildJvm.main(List.of("embedded-store", "--port", String.valueOf(port), "--data",
                    directory.resolve("data").toString()), Map.of(), directory)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            var store = new StoreChildProcess(process, log, port);
            await("the store's start line").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Files.readString(log, StandardCharsets.UTF_8).contains("listening on"));
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded store", e);
        }
    }

    String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
