package dev.plara.app;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code plara.jar embedded-store} serves the embedded store over the wire from its own process, and keeps its data. */
class EmbeddedStoreCommandTest {

    private static final Pattern URI = Pattern.compile("mongodb://127\\.0\\.0\\.1:\\d+");

    @TempDir
    Path data;

    @Test
    @Timeout(120)
    void servesTheStoreFromItsOwnProcessAndKeepsWhatWasWrittenAcrossARestart() throws Exception {
        inStoreProcess(uri -> {
            try (var client = MongoClients.create(uri)) {
                client.getDatabase("plara").getCollection("notes").insertOne(new Document("_id", "kept"));
            }
        });
        inStoreProcess(uri -> {
            try (var client = MongoClients.create(uri)) {
                assertThat(client.getDatabase("plara").getCollection("notes").find().first())
                        .isEqualTo(new Document("_id", "kept"));
            }
        });
    }

    private void inStoreProcess(Consumer<String> use) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "embedded-store", "--port", "0", "--data", data.toString()).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            var line = out.readLine();
            while (line != null && !line.contains("listening on")) {
                line = out.readLine();
            }
            assertThat(line).as("the store's start line").isNotNull();
            var uri = URI.matcher(line);
            assertThat(uri.find()).as("a loopback URI in: %s", line).isTrue();
            use.accept(uri.group());
        } finally {
            process.destroy();
            process.waitFor();
        }
    }
}
