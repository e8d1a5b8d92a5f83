package dev.plara.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Signed deliveries in a file both verifier benchmarks read (JMH here, the npm library's in Node): one per line,
 * {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature} and the compact JSON body, tab-separated.
 */
final class PayloadFile {

    private PayloadFile() {
    }

    static void write(Path file, List<Delivery.Signed> deliveries) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var lines = deliveries.stream().map(signed -> String.join("\t", signed.webhookId(),
                String.valueOf(signed.timestamp()), signed.signature(), new String(signed.body(), StandardCharsets.UTF_8)))
                .toList();
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static List<Delivery.Signed> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(line -> line.split("\t", 4))
                .map(parts -> new Delivery.Signed(parts[0], Long.parseLong(parts[1]), parts[2],
                        parts[3].getBytes(StandardCharsets.UTF_8)))
                .toList();
    }
}
