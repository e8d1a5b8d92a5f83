package dev.plara.polar.testing;

import com.sun.net.httpserver.HttpServer;
import dev.plara.polar.testing.WebhookReceiver.Delivery;
import dev.plara.polar.webhook.WebhookHeaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A test endpoint that records every webhook delivery and answers with the status the test chooses. */
public final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
    private final List<Delivery> everything = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attemptsById = new ConcurrentHashMap<>();
    private volatile int[] statuses = {204};

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Delivery delivery = new Delivery(WebhookHeaders.from(exchange.getRequestHeaders()), body,
                    exchange.getRequestHeaders().getFirst("user-agent"));
            everything.add(delivery);
            deliveries.add(delivery);
            int seen = attemptsById.computeIfAbsent(String.valueOf(exchange.getRequestHeaders().getFirst("webhook-id")),
                    id -> new AtomicInteger()).getAndIncrement();
            int[] script = statuses;
            int answer = script[Math.min(seen, script.length - 1)];
            if (answer >= 300 && answer < 400) {
                exchange.getResponseHeaders().set("Location", "/elsewhere");
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks");
    }

    /** Answers the n-th delivery of each webhook id with the n-th of these statuses, then keeps to the last. */
    public void answer(int... script) {
        statuses = script.clone();
    }

    /** Waits for the next delivery, failing the test if none comes in time. */
    public Delivery next(Duration timeout) throws InterruptedException {
        Delivery delivery = deliveries.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (delivery == null) {
            throw new AssertionError("no webhook delivered within " + timeout);
        }
        return delivery;
    }

    /** Waits for {@code count} deliveries. */
    public List<Delivery> next(int count, Duration timeout) throws InterruptedException {
        List<Delivery> received = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            received.add(next(timeout));
        }
        return received;
    }

    /** Every delivery received so far, whether or not the test read it with {@link #next}. */
    public List<Delivery> everything() {
        return List.copyOf(everything);
    }

    /** Waits for deliveries until one of {@code type} comes; all of them, that one last. */
    public List<Delivery> until(String type, Duration timeout) throws InterruptedException {
        List<Delivery> received = new ArrayList<>();
        do {
            received.add(next(timeout));
        } while (!received.get(received.size() - 1).type().equals(type));
        return received;
    }

    /** Whatever arrives within {@code wait}, for checking that nothing (more) came. */
    public List<Delivery> drain(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
        List<Delivery> rest = new ArrayList<>();
        deliveries.drainTo(rest);
        return rest;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One received delivery. */
    public record Delivery(WebhookHeaders headers, byte[] body, String userAgent) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The event type, read from the body without a JSON library. */
        public String type() {
            String text = text();
            int start = text.indexOf("\"type\":\"") + 8;
            return text.substring(start, text.indexOf('"', start));
        }
    }
}
