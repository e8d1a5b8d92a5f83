package dev.plara.polar.client;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LazyHttpClientTest {

    private static final String TRUST_STORE = "sun.security.ssl.TrustStoreManager";

    @Test
    void plainHttpIsSentByAClientThatNeverLoadsTheTrustStore() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var child = new ProcessBuilder(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                PlainExchange.class.getName()).redirectErrorStream(true).start();
        var output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.waitFor()).as(output).isZero();
        assertThat(output).contains("answered 204").doesNotContain(TRUST_STORE);
    }

    @Test
    void httpsIsSentByAClientThatTrustsTheJvmsCertificates() throws Exception {
        var http = new LazyHttpClient(Duration.ofSeconds(2));

        assertThat(http.clientFor(URI.create("https://api.polar.sh/v1/products")).sslContext())
                .isSameAs(SSLContext.getDefault());
    }

    /** In a JVM of its own (so that no other test has loaded the trust store): one plain exchange, then its status. */
    static final class PlainExchange {

        public static void main(String[] args) throws IOException, InterruptedException {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            var url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/products");
            var answer = new LazyHttpClient(Duration.ofSeconds(2))
                    .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding());
            System.out.println("answered " + answer.statusCode());
            server.stop(0);
        }
    }
}
