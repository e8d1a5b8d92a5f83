package dev.plara.polar.client;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends one HTTP exchange; the seam where tests can count, delay or break requests. */
@FunctionalInterface
public interface PolarTransport {

    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException;

    /** The JDK {@link HttpClient}, following no redirect (a redirect from an API is an error to see, not to follow). */
    static PolarTransport jdk(Duration connectTimeout) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return request -> client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
