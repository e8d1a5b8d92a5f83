package dev.plara.polar.webhook;

import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSignerTest {

    private static final String SECRET = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private final Random random = new Random(20261206L);

    @Test
    void signsExactlyAsTheStandardWebhooksLibraryUnderBothDerivations() throws Exception {
        for (KeyDerivation derivation : KeyDerivation.values()) {
            var signer = new WebhookSigner(SECRET, derivation);
            var reference = new Webhook(derivation.key(SECRET).orElseThrow());
            for (int i = 0; i < 200; i++) {
                var body = randomJson();
                var id = "msg_" + Long.toHexString(random.nextLong());
                long seconds = Math.abs(random.nextLong() % 4_000_000_000L);
                assertThat(signer.sign(id, seconds, body.getBytes(StandardCharsets.UTF_8)))
                        .isEqualTo(reference.sign(id, seconds, body));
            }
        }
    }

    @Test
    void oneSignerSignsManyBodiesAtOnceEachWithItsOwnSignature() throws Exception {
        var signer = new WebhookSigner(SECRET, KeyDerivation.STANDARD);
        var reference = new Webhook(KeyDerivation.STANDARD.key(SECRET).orElseThrow());
        var bodies = new ArrayList<String>();
        for (int i = 0; i < 400; i++) {
            bodies.add(randomJson());
        }
        var pool = Executors.newFixedThreadPool(8);
        try {
            var signed = new ArrayList<Future<String>>();
            for (String body : bodies) {
                Callable<String> sign = () -> signer.sign("msg_1", 1_735_689_600L, body.getBytes(StandardCharsets.UTF_8));
                signed.add(pool.submit(sign));
            }
            for (int i = 0; i < bodies.size(); i++) {
                assertThat(signed.get(i).get()).isEqualTo(reference.sign("msg_1", 1_735_689_600L, bodies.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesABodyThatIsNotUtf8() {
        var signer = new WebhookSigner(SECRET, KeyDerivation.LEGACY);
        assertThatThrownBy(() -> signer.sign("msg_1", 1L, new byte[] {'{', (byte) 0xC3, '}'}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the body is not UTF-8");
    }

    @Test
    void refusesABodyWhoseFirstNonAsciiByteAfterALongAsciiStretchIsNotUtf8() {
        var signer = new WebhookSigner(SECRET, KeyDerivation.LEGACY);
        var body = ("{\"data\":\"" + "a".repeat(3000) + "\u00e9?\"}").getBytes(StandardCharsets.UTF_8);
        body[body.length - 3] = (byte) 0xA9;

        assertThatThrownBy(() -> signer.sign("msg_1", 1L, body))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the body is not UTF-8");
    }

    @Test
    void signsAnAsciiBodyAsTheReferenceLibraryDoes() throws Exception {
        var signer = new WebhookSigner(SECRET, KeyDerivation.LEGACY);
        var reference = new Webhook(KeyDerivation.LEGACY.key(SECRET).orElseThrow());
        var body = "{\"type\":\"order.paid\",\"data\":{\"id\":\"" + "x".repeat(2800) + "\"}}";

        assertThat(signer.sign("msg_1", 1_735_689_600L, body.getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(reference.sign("msg_1", 1_735_689_600L, body));
    }

    private String randomJson() {
        var text = new StringBuilder("{\"type\":\"order.paid\",\"data\":\"");
        int length = random.nextInt(3000);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            text.appendCodePoint(kind < 7 ? 'a' + random.nextInt(26) : kind < 9 ? 0xE9 + random.nextInt(200)
                    : 0x1F600 + random.nextInt(50));
        }
        return text.append("\"}").toString();
    }
}
