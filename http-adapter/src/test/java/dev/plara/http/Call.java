package dev.plara.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A request to the test server, built fluently and sent with the JDK client. */
final class Call {

    private final HttpClient client;
    private final HttpRequest.Builder request;
    private final String method;
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    Call(HttpClient client, URI base, String method, String path) {
        this.client = client;
        this.method = method;
        this.request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
    }

    Call bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    Call header(String name, String value) {
        request.header(name, value);
        return this;
    }

    Call json(String json) {
        header("Content-Type", "application/json");
        return body(json.getBytes(StandardCharsets.UTF_8));
    }

    Call body(byte[] bytes) {
        body = HttpRequest.BodyPublishers.ofByteArray(bytes);
        return this;
    }

    Call body(HttpRequest.BodyPublisher publisher) {
        body = publisher;
        return this;
    }

    Call multipart(Multipart form) {
        header("Content-Type", form.contentType());
        return body(form.bytes());
    }

    Reply send() {
        try {
            var response = client.send(request.method(method, body).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
