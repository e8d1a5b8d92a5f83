package dev.plara.polar.client;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends one HTTP exchange; the seam where tests can count, delay or break requests. */
@FunctionalInterface
public interface PolarTransport {

    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException;

    /** The JDK's HTTP client, following no redirect, built on the first request ({@link LazyHttpClient}). */
    static PolarTransport jdk(Duration connectTimeout) {
        var client = new LazyHttpClient(connectTimeout);
        return request -> client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
