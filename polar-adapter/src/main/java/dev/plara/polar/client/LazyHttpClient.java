package dev.plara.polar.client;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The JDK {@link HttpClient}, following no redirect (from an API a redirect is an error to see, not to follow), built
 * on its first exchange: building one loads the JVM's TLS trust store, which a start that sends nothing yet need not
 * wait for.
 */
public final class LazyHttpClient {

    private final Duration connectTimeout;
    private volatile HttpClient client;

    public LazyHttpClient(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** Sends {@code request}, building the client first if this is the first exchange. */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return client().send(request, body);
    }

    private HttpClient client() {
        var built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = HttpClient.newBuilder().connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                    client = built;
                }
            }
        }
        return built;
    }
}
