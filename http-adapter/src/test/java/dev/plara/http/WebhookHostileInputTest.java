package dev.plara.http;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.fixtures.FakeWebhooks;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Random and mutated deliveries, odd sizes, encodings and broken HTTP: never a 5xx, never money without a signature. */
class WebhookHostileInputTest {

    private static final List<String> HEADER_NAMES = List.of("webhook-id", "webhook-timestamp", "webhook-signature",
            "content-type", "content-encoding", "x-event-type", "user-agent", "x-anything", FakeWebhooks.SIGNATURE);
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-16",
            "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "*/*", ";;;");

    private final TestServer api = TestServer.start();
    private final Random random = new Random(20_261_122);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void randomHeadersAndBodiesNeverCauseA5xxOrMoveMoney() {
        for (int i = 0; i < 300; i++) {
            var call = api.post("/api/webhooks/polar");
            var body = bytes(sizeFor(i));
            if (random.nextInt(3) == 0) {
                FakeWebhooks.signed("wh-" + i, Instant.now().getEpochSecond(), printable(1 + random.nextInt(40)), body)
                        .headers().forEach(call::header);
            } else {
                int headers = random.nextInt(HEADER_NAMES.size());
                for (int h = 0; h < headers; h++) {
                    var name = HEADER_NAMES.get(random.nextInt(HEADER_NAMES.size()));
                    call.header(name, valueFor(name));
                }
            }
            var reply = call.body(body).send();

            assertThat(reply.status()).as("request %d", i).isLessThan(500);
        }
        assertNoMoneyMoved();
    }

    @Test
    void mutatedGenuineDeliveriesWithoutTheSignatureMoveNoMoney() {
        var genuine = api.harness.provider.delivery("wh-1", new PaymentEvent.DepositPaid(PaidDeposit.untaxed("ord-1", null,
                "alice", "alice@example.org", Money.usd(10_00), api.harness.clock.tick())));
        for (int i = 0; i < 100; i++) {
            var body = genuine.body().clone();
            body[random.nextInt(body.length)] = (byte) random.nextInt(256);
            var call = api.post("/api/webhooks/polar").header("webhook-id", "wh-" + i)
                    .header(FakeWebhooks.SIGNATURE, random.nextBoolean() ? "OK" : printable(8));

            assertThat(call.body(body).send().status()).isEqualTo(403);
        }
        assertNoMoneyMoved();
    }

    @Test
    void brokenHttpIsRefusedWithoutA5xx() throws IOException {
        assertThat(raw("POST /api/webhooks/polar HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"short\"", true))
                .doesNotStartWith("HTTP/1.1 5");
        assertThat(raw("POST /api/webhooks/polar HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n", false))
                .startsWith("HTTP/1.1 413");
        assertThat(raw("POST /api/webhooks/polar HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n", true))
                .doesNotStartWith("HTTP/1.1 5");
        assertThat(raw("POST /api/webhooks/polar HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n", true))
                .doesNotStartWith("HTTP/1.1 5");
        assertNoMoneyMoved();
    }

    private void assertNoMoneyMoved() {
        assertThat(api.harness.core.auditLedger().audit().entries()).isZero();
    }

    /**
     * A random header value. A third of the bodies (still garbage) go genuinely signed instead, so they pass the fake
     * signature check and reach decoding; the fake reads the event type from a header, Polar from the body.
     */
    private String valueFor(String header) {
        if (header.equals("content-type")) {
            return CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
        }
        return printable(1 + random.nextInt(200));
    }

    private int sizeFor(int i) {
        return switch (i % 10) {
            case 0 -> 0;
            case 1 -> 1024 * 1024 - random.nextInt(3);
            case 2 -> 1024 * 1024 + 1 + random.nextInt(3);
            default -> random.nextInt(4096);
        };
    }

    private byte[] bytes(int size) {
        var bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private String printable(int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (' ' + 1 + random.nextInt(94)));
        }
        return text.toString();
    }

    /** Sends {@code request} on a raw socket (closing our side when {@code halfClose}) and returns the status line. */
    private String raw(String request, boolean halfClose) throws IOException {
        try (var socket = new Socket("localhost", api.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            return statusLine(socket.getInputStream());
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        var line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }
}
