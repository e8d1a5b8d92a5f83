package dev.plara.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The README's run command, {@code java -jar plara.jar}, started by the benchmark with only the environment it is
 * given (on a fresh data directory, port 0), and stopped with SIGTERM as an operator would.
 */
final class PlaraProcess implements AutoCloseable {

    private static final Pattern OPEN = Pattern.compile("open: *(http://[^/ \\s]*)");

    private final Process process;
    private final URI url;

    private PlaraProcess(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    static PlaraProcess start(Path jar, Path dir, Map<String, String> environment) throws Exception {
        Files.createDirectories(dir);
        var log = dir.resolve("server.log");
        var builder = new ProcessBuilder("java", "-jar", jar.toAbsolutePath().toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().retainAll(java.util.Set.of("PATH", "HOME"));
        builder.environment().put("PORT", "0");
        builder.environment().put("PLARA_DATA_DIR", dir.resolve("data").toString());
        builder.environment().putAll(environment);
        var process = builder.start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            var matcher = OPEN.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (matcher.find()) {
                return new PlaraProcess(process, URI.create(matcher.group(1).replace("localhost", "127.0.0.1")));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Plara exited before it listened; see " + log);
            }
            Thread.sleep(100);
        }
        process.destroy();
        throw new IllegalStateException("Plara did not listen within 120 s; see " + log);
    }

    URI url() {
        return url;
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
