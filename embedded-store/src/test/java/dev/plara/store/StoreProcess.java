package dev.plara.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@link EmbeddedStoreMain} in a child JVM, as {@code plara.jar embedded-store} runs it; destroyed on close. */
final class StoreProcess implements AutoCloseable {

    private static final Pattern URI = Pattern.compile("mongodb://127\\.0\\.0\\.1:\\d+");

    private final Process process;
    private final BufferedReader out;

    StoreProcess(Path data, int port) throws IOException {
        this(data, port, List.of());
    }

    /** The store with these options for its JVM ({@code -Xmx48m}). */
    StoreProcess(Path data, int port, List<String> jvmOptions) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EmbeddedStoreMain.class.getName(),
                "--port", String.valueOf(port), "--data", data.toString()));
        this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Waits for the start line and answers the URI it names; empty if the process ended without one. */
    Optional<String> awaitListening() throws IOException {
        for (var line = out.readLine(); line != null; line = out.readLine()) {
            var uri = URI.matcher(line);
            if (line.contains("listening on") && uri.find()) {
                return Optional.of(uri.group());
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
        out.close();
    }
}
