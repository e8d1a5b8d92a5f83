package dev.plara.bench;

import com.sun.net.httpserver.HttpServer;
import dev.plara.polar.PolarCheckoutGateway;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.CheckoutRequest;
import dev.plara.wallet.core.port.out.OpenedCheckout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One genuine {@code order.paid} delivery body, as the Polar emulator sends it: a wallet top-up checkout opened by
 * Plara's own checkout gateway and paid with the test card on the hosted page. The template of every benchmark payload.
 */
final class CapturedOrderPaid {

    private CapturedOrderPaid() {
    }

    static byte[] capture() {
        var paid = new CompletableFuture<byte[]>();
        var receiver = receiver(paid);
        try (var emulator = PolarEmulator.start(EmulatorConfig.defaults())) {
            var port = receiver.getAddress().getPort();
            emulator.registerWebhook(URI.create("http://127.0.0.1:" + port + "/"), "polar_whs_capture",
                    KeyDerivation.LEGACY);
            var client = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken()));
            var gateway = new PolarCheckoutGateway(client, "http://127.0.0.1/success?checkout_id={CHECKOUT_ID}", null);
            var checkout = (OpenedCheckout) gateway.open(new CheckoutRequest(CheckoutPurpose.WALLET_DEPOSIT,
                    emulator.topUpProductId(), UserId.of("template-user"), "template-user@plara.dev", Money.usd(10_00)));
            payWithTestCard(checkout.url());
            return paid.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not capture an order.paid delivery from the emulator", e);
        } finally {
            receiver.stop(0);
        }
    }

    private static void payWithTestCard(String checkoutUrl) throws IOException, InterruptedException {
        var form = "card-number=4242+4242+4242+4242&expiry=12+%2F+34&cvc=123";
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(checkoutUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("the hosted checkout answered " + answer.statusCode() + ", not 303");
        }
    }

    /** A webhook endpoint on loopback that completes {@code paid} with the first {@code order.paid} body. */
    private static HttpServer receiver(CompletableFuture<byte[]> paid) {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                var body = exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                if (new String(body, StandardCharsets.UTF_8).startsWith("{\"type\":\"order.paid\"")) {
                    paid.complete(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
