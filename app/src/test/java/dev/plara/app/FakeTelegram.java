package dev.plara.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.plara.app.config.NotifierConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in for the Telegram Bot API on loopback: records sendMessage calls, and can be switched down (503). */
public final class FakeTelegram implements AutoCloseable {

    static final String TOKEN = "123456:test-token";

    public final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile int failWith;

    public FakeTelegram() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/bot" + TOKEN + "/sendMessage", exchange -> {
            var body = new ObjectMapper().readTree(exchange.getRequestBody().readAllBytes());
            int status = failWith;
            if (status == 0) {
                messages.add(body);
                status = 200;
            }
            var answer = (status == 200 ? "{\"ok\":true}" : "{\"ok\":false,\"error_code\":" + status
                    + ",\"description\":\"" + (status == 400 ? "Bad Request: chat not found" : "Service Unavailable")
                    + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers every call with {@code status} from now on; 0 to work again. */
    public void failWith(int status) {
        this.failWith = status;
    }

    public NotifierConfig.Telegram config() {
        return new NotifierConfig.Telegram(TOKEN, "-100123", baseUrl());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
