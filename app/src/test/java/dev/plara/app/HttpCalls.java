package dev.plara.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls a server on loopback over real HTTP: Plara as a browser, a host platform or Polar would, the Polar emulator as
 * Plara would.
 */
final class HttpCalls {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    HttpCalls(URI base) {
        this.base = base;
    }

    URI base() {
        return base;
    }

    /** A request to {@code path} on this server, to add headers and a method to. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    }

    HttpReply get(String path, String token) {
        return send(withToken(request(path), token).GET());
    }

    HttpReply postJson(String path, String token, String json) {
        return send(withToken(request(path), token).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends the request and reads the whole answer; an unreachable server is an {@link UncheckedIOException}. */
    HttpReply send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new HttpReply(response.statusCode(), response.headers(), response.body());
        } catch (IOException unreachable) {
            throw new UncheckedIOException(unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    /** On a Plara server: the balance of {@code user}'s USD wallet in minor units, 0 when it has none. */
    long usdBalance(String user) {
        var balances = get("/api/wallet", HostTokens.user(user)).json().path("balances");
        for (var balance : balances) {
            if ("USD".equals(balance.path("currency").asText())) {
                return balance.path("balance").path("amount").asLong();
            }
        }
        return 0;
    }

    private static HttpRequest.Builder withToken(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }
}
