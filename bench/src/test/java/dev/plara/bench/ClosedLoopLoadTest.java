package dev.plara.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The load generator sends every request exactly once over keep-alive connections and reads every kind of answer. */
class ClosedLoopLoadTest {

    private final Set<String> received = ConcurrentHashMap.newKeySet();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void everyRequestIsSentOnceAndEveryAnswerReadWhateverItsFraming() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(body);
            int n = Integer.parseInt(body.substring(1));
            var answer = "x".repeat(n % 50).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(n % 7 == 0 ? 409 : 200, n % 2 == 0 ? 0 : answer.length); // 0 = chunked
            try (var out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();

        var figures = ClosedLoopLoad.run(server.getAddress(), requests(300), 8);

        assertThat(received).hasSize(300);
        assertThat(figures.requests()).isEqualTo(300);
        assertThat(figures.failed()).isZero();
        assertThat(figures.non2xx()).isEqualTo((int) IntStream.range(0, 300).filter(n -> n % 7 == 0).count());
        assertThat(figures.p50Millis()).isPositive().isLessThanOrEqualTo(figures.p99Millis());
        assertThat(figures.p99Millis()).isLessThanOrEqualTo(figures.maxMillis());
    }

    @Test
    void aServerThatIsNotThereCountsAsFailedRequests() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var address = server.getAddress();
        server.stop(0);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);

        var figures = ClosedLoopLoad.run(address, requests(5), 2);

        assertThat(figures.failed()).isEqualTo(5);
        assertThat(figures.allSucceeded()).isFalse();
    }

    private static List<byte[]> requests(int count) throws IOException {
        var requests = new ArrayList<byte[]>();
        for (int i = 0; i < count; i++) {
            var body = "n" + i;
            requests.add(("POST / HTTP/1.1\r\nHost: test\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII));
        }
        return requests;
    }
}
