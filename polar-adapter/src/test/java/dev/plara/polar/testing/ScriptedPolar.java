package dev.plara.polar.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for Polar that answers each request with the next answer of a script (an empty product page once the
 * script is used up), and records what it was sent.
 */
public final class ScriptedPolar implements AutoCloseable {

    public static final String EMPTY_PAGE = "{\"items\":[],\"pagination\":{\"total_count\":0,\"max_page\":0}}";
    public static final String ERROR = "{\"error\":\"Oops\",\"detail\":\"try later\"}";

    private final HttpServer server;
    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public ScriptedPolar() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Polar-Version"), exchange.getRequestURI().getQuery()));
            Answer next = script.isEmpty() ? new Answer(200, -1, EMPTY_PAGE, Duration.ZERO) : script.poll();
            pause(next.delay());
            if (next.retryAfter() >= 0) {
                exchange.getResponseHeaders().set("retry-after", String.valueOf(next.retryAfter()));
            }
            byte[] body = next.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(next.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** The next answer: an empty page for 2xx, an empty 429 as Polar sends it, else an error; {@code -1}: no retry-after. */
    public ScriptedPolar answer(int status, int retryAfterSeconds) {
        String body = status < 300 ? EMPTY_PAGE : status == 429 ? "" : ERROR;
        return answer(new Answer(status, retryAfterSeconds, body, Duration.ZERO));
    }

    public ScriptedPolar answer(int status, String body) {
        return answer(new Answer(status, -1, body, Duration.ZERO));
    }

    public ScriptedPolar answer(Answer answer) {
        script.add(answer);
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One scripted answer, sent after {@code delay}. */
    public record Answer(int status, int retryAfter, String body, Duration delay) {
    }

    /** What one request carried. */
    public record Request(String method, String path, String authorization, String polarVersion, String query) {
    }
}
