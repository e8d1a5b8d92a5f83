package dev.plara.polar.client;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LazyHttpClientTest {

    @Test
    void plainHttpIsSentByAClientThatNeverLoadsTheTrustStore() throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            var http = new LazyHttpClient(Duration.ofSeconds(2));
            var url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/products");

            var answer = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding());

            assertThat(answer.statusCode()).isEqualTo(204);
            assertThat(http.clientFor(url).sslContext()).isNotSameAs(SSLContext.getDefault());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void httpsIsSentByAClientThatTrustsTheJvmsCertificates() throws Exception {
        var http = new LazyHttpClient(Duration.ofSeconds(2));

        assertThat(http.clientFor(URI.create("https://api.polar.sh/v1/products")).sslContext())
                .isSameAs(SSLContext.getDefault());
    }
}
