package dev.plara.bench;

import com.sun.net.httpserver.HttpServer;
import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.WebhookSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each delivery of a batch is signed as it is sent, as Polar signs each attempt: a batch signed all at once carried,
 * minutes later, timestamps past the verifier's 5-minute tolerance.
 */
class IngestSigningTest {

    private final List<Long> timestamps = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aDeliverySentLaterInTheBatchCarriesTheTimeItWasSent() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            timestamps.add(Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp")));
            try {
                Thread.sleep(1_100); // the next delivery goes a second later at least
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.start();
        var target = new IngestTarget("slow", URI.create("http://127.0.0.1:" + server.getAddress().getPort()), 0, 0);
        var body = "{}".getBytes(StandardCharsets.UTF_8);
        var batch = List.of(new Delivery("msg_1", "u", 1, body), new Delivery("msg_2", "u", 1, body));

        var figures = IngestBenchmark.load(target, batch, 1,
                new WebhookSigner("polar_whs_signing-test-secret", KeyDerivation.LEGACY));

        assertThat(figures.allSucceeded()).isTrue();
        assertThat(timestamps).hasSize(2);
        assertThat(timestamps.get(1)).as("the second delivery's timestamp").isGreaterThan(timestamps.get(0));
    }
}
