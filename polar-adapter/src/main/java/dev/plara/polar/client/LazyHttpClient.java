package dev.plara.polar.client;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The JDK {@link HttpClient}, following no redirect (from an API a redirect is an error to see, not to follow), built
 * on its first exchange: building one loads the JVM's TLS trust store, which a start that sends nothing yet need not
 * wait for. Plain {@code http} (the local emulator, the demo's webhooks) goes through a client of its own that never
 * loads it: the JDK's client asks for a TLS context as it is built, even one that will only ever speak plain HTTP.
 */
public final class LazyHttpClient {

    private final Duration connectTimeout;
    private final ConcurrentMap<Boolean, HttpClient> clients = new ConcurrentHashMap<>(2);

    public LazyHttpClient(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** Sends {@code request}, building the client for its scheme first if this is its first exchange. */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return clientFor(request.uri()).send(request, body);
    }

    /** The client for {@code uri}'s scheme: TLS with the JVM's trusted certificates, except for plain {@code http}. */
    HttpClient clientFor(URI uri) {
        return clients.computeIfAbsent(!"http".equalsIgnoreCase(uri.getScheme()), this::build);
    }

    private HttpClient build(boolean tls) {
        var builder = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER);
        return tls ? builder.build() : builder.sslContext(trustingNothing()).sslParameters(new SSLParameters()).build();
    }

    /** A TLS context that trusts no certificate, for a client that never speaks TLS: it reads no trust store. */
    private static SSLContext trustingNothing() {
        try {
            var context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[0], new TrustManager[0], null);
            return context;
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("this Java runtime offers no TLS", unavailable);
        }
    }
}
