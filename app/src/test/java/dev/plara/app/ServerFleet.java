package dev.plara.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/** Several servers ({@link ServerProcess}) on one store, each in a directory of its own; all closed together. */
final class ServerFleet implements AutoCloseable {

    private final Path directory;
    private final int size;
    private final List<ServerProcess> servers = new ArrayList<>();

    ServerFleet(Path directory, int size) {
        this.directory = directory;
        this.size = size;
    }

    /** Starts every server at the same moment, each with the environment made for its port; returns once all serve. */
    void startTogether(IntFunction<Map<String, String>> environment) {
        var go = new CountDownLatch(1);
        var starting = new ArrayList<CompletableFuture<Void>>();
        for (int i = 0; i < size; i++) {
            int port = ServerProcess.freePort();
            var server = ServerProcess.on(port, environment.apply(port), directoryOf(i));
            servers.add(server);
            starting.add(CompletableFuture.runAsync(() -> {
                awaitQuietly(go);
                server.start();
            }));
        }
        go.countDown();
        CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
    }

    List<HttpCalls> calls() {
        return servers.stream().map(server -> new HttpCalls(server.url())).toList();
    }

    ServerProcess server(int index) {
        return servers.get(index);
    }

    /** The lines every server logged that contain {@code text}, server by server. */
    String logLinesContaining(String text) {
        var lines = new StringBuilder();
        for (int i = 0; i < servers.size(); i++) {
            for (String line : servers.get(i).logLines(text)) {
                lines.append("server ").append(i).append(": ").append(line).append(System.lineSeparator());
            }
        }
        return lines.toString();
    }

    /** {@code kill -9} of one server, then its start again on the same store; returns once it serves. */
    void killAndRestart(int index) throws InterruptedException {
        servers.get(index).kill();
        servers.get(index).start();
    }

    private Path directoryOf(int index) {
        try {
            return Files.createDirectories(directory.resolve("server-" + index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        servers.forEach(ServerProcess::close);
    }
}
